// Threat (review): in multi-extranet mode a contact of the Nantes centre logged in on Lyon's custom
// domain and got Lyon's branding with her data. A contact of a company attached to a centre uses only
// that centre's hosts, a contact of a company without a centre only the organisation's own — at login
// (lib/auth/authenticate.ts) and at every request (requireContact), by the rule invitations follow.
jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
// The session is simulated; signing in (the login form) runs Auth.js for real.
jest.mock("@/lib/auth/auth", () => ({
  ...jest.requireActual("@/lib/auth/auth"),
  sessionCookieIdentity: require("../support/next-request-mock").nextAuth.sessionCookieIdentity,
}));

import { idleState } from "@/lib/actions/action-state";
import { authenticate } from "@/lib/auth/authenticate";
import { logIn } from "@/lib/auth/log-in-action";
import { requireContact } from "@/lib/auth/require-contact";
import { startSession } from "@/lib/auth/start-session";
import { db } from "@/lib/db";
import { SITE_HOST_HEADER } from "@/lib/tenancy/site-headers";
import { DEMO_HOSTS, DEMO_LOGINS, DEMO_PASSWORD } from "../support/demo";
import { redirectTarget, simulateRequest } from "../support/next-request-mock";

jest.setTimeout(30_000);
const riviere = DEMO_LOGINS.transportsRiviereContact; // Nantes centre
const martin = DEMO_LOGINS.groupeMartinContact; // no centre

const attempt = (hostname: string, email: string) => authenticate({ hostname, email, password: DEMO_PASSWORD });

async function sessionOn(host: string, login: typeof riviere) {
  const user = await db.user.findFirstOrThrow({ where: { email: login.email, kind: "CONTACT" } });
  const sessionId = await startSession({ db, organizationId: user.organizationId, userId: user.id, host });
  simulateRequest({ host, identity: { userId: user.id, kind: "CONTACT", organizationId: user.organizationId, host, sessionId } });
}

afterAll(() => db.$disconnect());

describe("multi-extranet mode (Formapro)", () => {
  it("lets a centre's contact log in on that centre's hosts only", async () => {
    expect(await attempt(DEMO_HOSTS.formaproNantes, riviere.email)).toMatchObject({ status: "ok" });
    for (const host of [DEMO_HOSTS.formaproLyonCustom, DEMO_HOSTS.formaproLyon, DEMO_HOSTS.formapro])
      expect({ host, result: await attempt(host, riviere.email) }).toEqual({ host, result: { status: "wrong_extranet" } });
  });

  it("lets a contact of a company without a centre log in on the organisation's own hosts only", async () => {
    expect(await attempt(DEMO_HOSTS.formapro, martin.email)).toMatchObject({ status: "ok" });
    for (const host of [DEMO_HOSTS.formaproLyonCustom, DEMO_HOSTS.formaproNantes])
      expect({ host, result: await attempt(host, martin.email) }).toEqual({ host, result: { status: "wrong_extranet" } });
  });

  it("does not serve another centre's extranet to a session made there before the rule (or by a forged host)", async () => {
    await sessionOn(DEMO_HOSTS.formaproLyonCustom, riviere);
    expect(await redirectTarget(requireContact())).toBe("/login?expired=1");
    await sessionOn(DEMO_HOSTS.formaproNantes, riviere);
    expect((await requireContact()).site.centre?.slug).toBe("nantes");
  });

  it("says on the login form where the account logs in, only once the password is right", async () => {
    const form = (password: string) => {
      const data = new FormData();
      data.set("email", riviere.email);
      data.set("password", password);
      return data;
    };
    const onLyon = {
      host: DEMO_HOSTS.formaproLyonCustom,
      headers: { "x-forwarded-host": `${DEMO_HOSTS.formaproLyonCustom}:3000`, "x-forwarded-proto": "http" },
    };
    simulateRequest(onLyon);
    expect(await logIn(idleState, form(DEMO_PASSWORD))).toMatchObject({ status: "error", formError: "wrong_extranet" });
    simulateRequest(onLyon);
    expect(await logIn(idleState, form("Mauvais#2026"))).toMatchObject({ status: "error", formError: "invalid_login" });
    simulateRequest({
      host: DEMO_HOSTS.formaproNantes,
      headers: {
        "x-forwarded-host": `${DEMO_HOSTS.formaproNantes}:3000`,
        "x-forwarded-proto": "http",
        [SITE_HOST_HEADER]: DEMO_HOSTS.formaproNantes,
      },
    });
    expect(new URL(await redirectTarget(logIn(idleState, form(DEMO_PASSWORD)))).host).toBe(`${DEMO_HOSTS.formaproNantes}:3000`);
  });

  it("leaves staff free to use every host of their organisation", async () => {
    for (const host of [DEMO_HOSTS.formapro, DEMO_HOSTS.formaproLyonCustom, DEMO_HOSTS.formaproNantes])
      expect(await authenticate({ hostname: host, email: DEMO_LOGINS.formaproAdmin.email, password: DEMO_PASSWORD })).toMatchObject({
        status: "ok",
      });
  });
});
