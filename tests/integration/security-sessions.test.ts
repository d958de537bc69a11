// Threats: a copied session cookie that keeps working after logout, a password change or an access cut
// (review: 12 h); a session forged with a secret anyone could read in the repository; Auth.js writing
// redirects and cookies for a host that is not the site's. Auth.js runs for real here: its route
// handler issues the cookie, and requireContact() reads it back through next/headers.
jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);

import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { encode } from "@auth/core/jwt";
import { NextRequest } from "next/server";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...nextauth]/route";
import { changePassword } from "@/lib/accounts/change-password";
import { revokeAccess } from "@/lib/accounts/revoke-access";
import { requireContact } from "@/lib/auth/require-contact";
import { requireStaff } from "@/lib/auth/require-staff";
import { LAST_SEEN_EVERY_MS, touchSession } from "@/lib/auth/touch-session";
import { sealTrustedDevice, TRUSTED_DEVICE_COOKIE } from "@/lib/auth/two-factor/trusted-device";
import { saveContact } from "@/lib/crm/save-contact";
import { db } from "@/lib/db";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { sendInvitation } from "@/lib/invitations/send-invitation";
import { lookupSite } from "@/lib/tenancy/cached-site-lookup";
import { SITE_HOST_HEADER } from "@/lib/tenancy/site-headers";
import { authSecret } from "@/scripts/auth-secret";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_LOGINS, DEMO_PASSWORD } from "../support/demo";
import { redirectTarget, simulateRequest } from "../support/next-request-mock";

jest.setTimeout(60_000);
const SESSION_COOKIE = "authjs.session-token";
const PASSWORD = "Sessions#Pass2026";

/** What proxy.ts forwards for a browser on `host` (port 3000): the pinned host and protocol, and the site. */
function proxied(host: string, extra: Record<string, string> = {}) {
  return { host: `${host}:3000`, "x-forwarded-host": `${host}:3000`, "x-forwarded-proto": "http", [SITE_HOST_HEADER]: host, ...extra };
}

const cookieHeader = (cookies: string[]) => cookies.map((cookie) => cookie.split(";")[0]).join("; ");

/** Auth.js' own credentials flow through app/api/auth, as a browser on `host` runs it; the route's server URL is another host. */
async function logIn(host: string, email: string, password: string, deviceCookie = "") {
  const csrf = await authGet(new NextRequest("http://localhost:3917/api/auth/csrf", { headers: proxied(host) }));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie();
  const response = await authPost(
    new NextRequest("http://localhost:3917/api/auth/callback/credentials", {
      method: "POST",
      headers: proxied(host, {
        "content-type": "application/x-www-form-urlencoded",
        cookie: [cookieHeader(cookies), deviceCookie].filter(Boolean).join("; "),
        origin: `http://${host}:3000`,
        "user-agent": "Jest/1.0 (sessions)",
      }),
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }),
    }),
  );
  const all = [...cookies, ...response.headers.getSetCookie()];
  return { response, cookie: cookieHeader(all.filter((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`))), all };
}

async function logOut(host: string, cookie: string) {
  const csrf = await authGet(new NextRequest("http://localhost:3917/api/auth/csrf", { headers: proxied(host, { cookie }) }));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return authPost(
    new NextRequest("http://localhost:3917/api/auth/signout", {
      method: "POST",
      headers: proxied(host, {
        "content-type": "application/x-www-form-urlencoded",
        cookie: `${cookie}; ${cookieHeader(csrf.headers.getSetCookie())}`,
        origin: `http://${host}:3000`,
      }),
      body: new URLSearchParams({ csrfToken }),
    }),
  );
}

/** The next request carries this cookie on `host` (with the headers proxy.ts pins). */
const withCookie = (host: string, cookie: string) => simulateRequest({ host, headers: proxied(host, { cookie }) });

/** A fresh contact of Groupe Martin with an active access and a known password. */
async function activeContact() {
  simulateRequest({ host: DEMO_HOSTS.formapro });
  // The administrator has a second factor and signs in from a trusted device.
  const admin = await db.user.findFirstOrThrow({
    where: { email: DEMO_LOGINS.formaproAdmin.email },
    select: { id: true, passwordHash: true },
  });
  const trusted = sealTrustedDevice({ userId: admin.id, host: DEMO_HOSTS.formapro, passwordHash: admin.passwordHash });
  const { cookie } = await logIn(
    DEMO_HOSTS.formapro,
    DEMO_LOGINS.formaproAdmin.email,
    DEMO_PASSWORD,
    `${TRUSTED_DEVICE_COOKIE}=${trusted}`,
  );
  withCookie(DEMO_HOSTS.formapro, cookie);
  const staff = await requireStaff();
  const email = `session-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@exemple.test`;
  const { id } = await saveContact({
    staff,
    input: {
      companyId: DEMO_COMPANIES.groupeMartin.id,
      civility: null,
      firstName: "Sam",
      lastName: "Session",
      email,
      phone: null,
      jobTitle: null,
      invite: false,
    },
  });
  const invitation = await sendInvitation({ staff, contactId: id });
  if (invitation.status !== "sent") throw new Error(invitation.reason);
  const accepted = await acceptInvitation({
    db,
    site: (await lookupSite(DEMO_HOSTS.formapro))!,
    token: invitation.token,
    password: PASSWORD,
  });
  return { contactId: id, email, userId: accepted!.userId, staff };
}

afterAll(async () => {
  await db.$disconnect();
});

describe("a session", () => {
  it("is a server-side record made at login: host, browser, last seen", async () => {
    const { cookie } = await logIn(DEMO_HOSTS.formapro, DEMO_LOGINS.groupeMartinContact.email, DEMO_PASSWORD);
    withCookie(DEMO_HOSTS.formapro, cookie);
    const context = await requireContact();
    const session = await db.authSession.findUniqueOrThrow({ where: { id: context.sessionId } });
    expect(session).toMatchObject({ userId: context.user.id, host: DEMO_HOSTS.formapro, userAgent: "Jest/1.0 (sessions)", endedAt: null });
    expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBe(12 * 60 * 60_000);
  });

  it("ends with logout: the old cookie is refused at its next request", async () => {
    const { cookie } = await logIn(DEMO_HOSTS.formapro, DEMO_LOGINS.groupeMartinContact.email, DEMO_PASSWORD);
    withCookie(DEMO_HOSTS.formapro, cookie);
    const { sessionId } = await requireContact();
    await logOut(DEMO_HOSTS.formapro, cookie);
    withCookie(DEMO_HOSTS.formapro, cookie);
    expect(await redirectTarget(requireContact())).toBe("/login?expired=1");
    expect(await db.authSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({ endReason: "LOGGED_OUT" });
  });

  it("ends with a password change and with an access cut, at the next request", async () => {
    const contact = await activeContact();
    const first = await logIn(DEMO_HOSTS.formapro, contact.email, PASSWORD);
    const second = await logIn(DEMO_HOSTS.formapro, contact.email, PASSWORD);
    const organizationId = contact.staff.organizationId;
    await changePassword({ db, organizationId, userId: contact.userId, currentPassword: PASSWORD, newPassword: "Change#Pass2026" });
    for (const { cookie } of [first, second]) {
      withCookie(DEMO_HOSTS.formapro, cookie);
      expect(await redirectTarget(requireContact())).toBe("/login?expired=1");
    }

    const third = await logIn(DEMO_HOSTS.formapro, contact.email, "Change#Pass2026");
    withCookie(DEMO_HOSTS.formapro, third.cookie);
    expect((await requireContact()).contactId).toBe(contact.contactId);
    await revokeAccess({ staff: contact.staff, contactId: contact.contactId });
    withCookie(DEMO_HOSTS.formapro, third.cookie);
    expect(await redirectTarget(requireContact())).toBe("/login?expired=1");
    expect(await db.authSession.groupBy({ by: ["endReason"], where: { userId: contact.userId }, _count: true })).toEqual(
      expect.arrayContaining([
        { endReason: "PASSWORD_CHANGED", _count: 2 },
        { endReason: "ACCESS_CUT", _count: 1 },
      ]),
    );
  });

  it("records when it was last seen, at most every few minutes", async () => {
    const { cookie } = await logIn(DEMO_HOSTS.formapro, DEMO_LOGINS.groupeMartinContact.email, DEMO_PASSWORD);
    withCookie(DEMO_HOSTS.formapro, cookie);
    const { sessionId } = await requireContact();
    const { lastSeenAt } = await db.authSession.findUniqueOrThrow({ where: { id: sessionId } });
    await touchSession({ sessionId, lastSeenAt, now: new Date(lastSeenAt.getTime() + 60_000) });
    expect((await db.authSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt).toEqual(lastSeenAt);
    const later = new Date(lastSeenAt.getTime() + LAST_SEEN_EVERY_MS + 1_000);
    await touchSession({ sessionId, lastSeenAt, now: later });
    expect((await db.authSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt).toEqual(later);
  });

  it("cannot be forged with the demo secret that used to be in the repository", async () => {
    const user = await db.user.findFirstOrThrow({ where: { email: DEMO_LOGINS.formaproAdmin.email } });
    const forged = await encode({
      secret: "passerelle-demo-secret-not-for-production",
      salt: SESSION_COOKIE,
      token: { uid: user.id, kind: "STAFF", organizationId: user.organizationId, host: DEMO_HOSTS.formapro, sessionId: "x" },
    });
    withCookie(DEMO_HOSTS.formapro, `${SESSION_COOKIE}=${forged}`);
    expect(await redirectTarget(requireStaff())).toBe("/login");
  });
});

describe("Auth.js on a white-label host", () => {
  it("redirects after login to the site's own host, and keeps its callback URL there, whatever the server's address", async () => {
    const { response, all } = await logIn(DEMO_HOSTS.formaproNantes, DEMO_LOGINS.transportsRiviereContact.email, DEMO_PASSWORD);
    expect(new URL(response.headers.get("location")!).host).toBe(`${DEMO_HOSTS.formaproNantes}:3000`);
    const callback = decodeURIComponent(
      all
        .find((cookie) => cookie.startsWith("authjs.callback-url="))!
        .split(";")[0]!
        .split("=")[1]!,
    );
    expect(new URL(callback).host).toBe(`${DEMO_HOSTS.formaproNantes}:3000`);
  });

  it("refuses a callback URL on another host", async () => {
    const csrf = await authGet(new NextRequest("http://localhost:3917/api/auth/csrf", { headers: proxied(DEMO_HOSTS.formapro) }));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await authPost(
      new NextRequest("http://localhost:3917/api/auth/callback/credentials", {
        method: "POST",
        headers: proxied(DEMO_HOSTS.formapro, {
          "content-type": "application/x-www-form-urlencoded",
          cookie: cookieHeader(csrf.headers.getSetCookie()),
        }),
        body: new URLSearchParams({
          csrfToken,
          email: DEMO_LOGINS.groupeMartinContact.email,
          password: DEMO_PASSWORD,
          callbackUrl: "https://evil.test/vol",
        }),
      }),
    );
    expect(new URL(response.headers.get("location")!).host).toBe(`${DEMO_HOSTS.formapro}:3000`);
  });
});

describe("the secret that signs sessions", () => {
  const saved = { secret: process.env.AUTH_SECRET, env: process.env.NODE_ENV };
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "passerelle-secret-"));
    delete process.env.AUTH_SECRET;
  });
  afterEach(async () => {
    process.env.AUTH_SECRET = saved.secret;
    (process.env as Record<string, string | undefined>).NODE_ENV = saved.env;
    await rm(dataDir, { recursive: true, force: true });
  });

  it("is generated at random at first start, kept in .data with mode 0600, said in the output, and reused", async () => {
    const lines: string[] = [];
    const first = authSecret({ dataDir, log: (line) => lines.push(line) });
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await stat(path.join(dataDir, "auth-secret"))).mode & 0o777).toBe(0o600);
    expect(await readFile(path.join(dataDir, "auth-secret"), "utf8")).toBe(first);
    expect(lines.join("\n")).toMatch(/generated a random one/);
    expect(authSecret({ dataDir, log: () => undefined })).toBe(first);
    const other = await mkdtemp(path.join(tmpdir(), "passerelle-secret-"));
    expect(authSecret({ dataDir: other, log: () => undefined })).not.toBe(first);
    await rm(other, { recursive: true, force: true });
  });

  it("comes from AUTH_SECRET when set, and must be set in production", () => {
    process.env.AUTH_SECRET = "from-the-environment";
    expect(authSecret({ dataDir })).toBe("from-the-environment");
    delete process.env.AUTH_SECRET;
    (process.env as Record<string, string>).NODE_ENV = "production";
    expect(() => authSecret({ dataDir })).toThrow(/AUTH_SECRET must be set/);
  });
});
