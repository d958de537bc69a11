// Threat: a user ending (or listing) sessions that are not theirs — another user's, another company's or
// another organisation's session id must answer "not found" and end nothing.
jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);

import { idleState } from "@/lib/actions/action-state";
import { listSessions } from "@/lib/auth/sessions/list-sessions";
import {
  endContactOtherSessionsAction,
  endContactSessionAction,
  endStaffOtherSessionsAction,
  endStaffSessionAction,
} from "@/lib/auth/sessions/session-actions";
import { startSession } from "@/lib/auth/start-session";
import { db } from "@/lib/db";
import { DEMO_LOGINS, demoIdentity } from "../support/demo";
import { redirectTarget, simulateRequest } from "../support/next-request-mock";

const CHROME_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
const form = (values: Record<string, string> = {}) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};
const isLive = async (id: string) => (await db.authSession.findUniqueOrThrow({ where: { id } })).endedAt === null;

async function signedIn(login: keyof typeof DEMO_LOGINS) {
  const identity = await demoIdentity(login);
  const other = await startSession({
    db,
    organizationId: identity.organizationId,
    userId: identity.userId,
    host: identity.host,
    ip: "203.0.113.7",
    userAgent: CHROME_ON_WINDOWS,
  });
  simulateRequest({ host: identity.host, identity });
  return { identity, other };
}

afterAll(async () => {
  await db.$disconnect();
});

describe("the sessions of /compte", () => {
  it("lists only the user's own live sessions, this one first and marked, with device, host and address", async () => {
    const { identity, other } = await signedIn("groupeMartinContact");
    const stranger = await demoIdentity("transportsRiviereContact");
    const sessions = await listSessions({
      db,
      organizationId: identity.organizationId,
      userId: identity.userId,
      currentSessionId: identity.sessionId,
    });
    expect(sessions[0]).toMatchObject({ id: identity.sessionId, current: true });
    expect(sessions.find((session) => session.id === other)).toMatchObject({
      current: false,
      host: identity.host,
      ip: "203.0.113.7",
      device: { browser: "Chrome", system: "Windows", mobile: false },
    });
    expect(sessions.map((session) => session.id)).not.toContain(stranger.sessionId);
  });

  it("ends one of the contact's own sessions, and not another user's, company's or organisation's", async () => {
    const riviere = await demoIdentity("transportsRiviereContact");
    const horizon = await demoIdentity("pharmacieDuParcContact");
    const staff = await demoIdentity("formaproAdmin");
    const { identity, other } = await signedIn("groupeMartinContact");
    for (const sessionId of [riviere.sessionId, horizon.sessionId, staff.sessionId, "unknown"]) {
      simulateRequest({ host: identity.host, identity });
      expect(await endContactSessionAction(idleState, form({ sessionId }))).toMatchObject({
        status: "error",
        formError: "session_not_found",
      });
      if (sessionId !== "unknown") expect(await isLive(sessionId)).toBe(true);
    }
    simulateRequest({ host: identity.host, identity });
    expect(await redirectTarget(endContactSessionAction(idleState, form({ sessionId: other })))).toBe("/compte?ended=1");
    expect(await db.authSession.findUniqueOrThrow({ where: { id: other } })).toMatchObject({ endReason: "ENDED_BY_USER" });
    expect(await isLive(identity.sessionId)).toBe(true);
  });

  it("ends all the other sessions but this one, and only the user's", async () => {
    const riviere = await demoIdentity("transportsRiviereContact");
    const { identity, other } = await signedIn("groupeMartinContact");
    expect(await redirectTarget(endContactOtherSessionsAction(idleState, form()))).toBe("/compte?ended=1");
    expect([await isLive(identity.sessionId), await isLive(other), await isLive(riviere.sessionId)]).toEqual([true, false, true]);
  });

  it("ending this very session logs out", async () => {
    const { identity } = await signedIn("groupeMartinContact");
    expect(await redirectTarget(endContactSessionAction(idleState, form({ sessionId: identity.sessionId })))).toBe("/login");
    expect(await isLive(identity.sessionId)).toBe(false);
  });
});

describe("the sessions of /admin/compte", () => {
  it("lets staff end their own sessions only", async () => {
    const colleague = await demoIdentity("formaproManager");
    const contact = await demoIdentity("groupeMartinContact");
    const horizon = await demoIdentity("horizonAdmin");
    const { identity, other } = await signedIn("formaproAdmin");
    for (const sessionId of [colleague.sessionId, contact.sessionId, horizon.sessionId]) {
      simulateRequest({ host: identity.host, identity });
      expect(await endStaffSessionAction(idleState, form({ sessionId }))).toMatchObject({
        status: "error",
        formError: "session_not_found",
      });
      expect(await isLive(sessionId)).toBe(true);
    }
    simulateRequest({ host: identity.host, identity });
    expect(await redirectTarget(endStaffOtherSessionsAction(idleState, form()))).toBe("/admin/compte?ended=1");
    expect([await isLive(identity.sessionId), await isLive(other), await isLive(colleague.sessionId)]).toEqual([true, false, true]);
  });
});
