// Threats: guessing passwords with parallel requests that all slip under the limit (review: 12 in
// parallel, 10 checked, 0 limited); locking the holder out of their own account with a few wrong
// guesses; making the app mail any address without end (password resets, signature codes, the
// anonymous catalogue forms); hammering the public pages from one address. One limiter
// (lib/rate-limit, counters in PostgreSQL) serves them all.
jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => ({
  ...require("../support/next-request-mock").nextAuth,
  // The actions sign the user in at the end: that part is Auth.js's (security-sessions.test.ts).
  signIn: async () => undefined,
}));

import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { idleState } from "@/lib/actions/action-state";
import { requestPasswordResetAction, resetPasswordAction } from "@/lib/accounts/account-actions";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { authenticate } from "@/lib/auth/authenticate";
import { clearAccountLoginLimits } from "@/lib/auth/login-rate-limit";
import { requireContact } from "@/lib/auth/require-contact";
import { upcomingInterWhere } from "@/lib/catalogue/list-catalogue";
import { db } from "@/lib/db";
import { requestEnrolmentAction } from "@/lib/orders/order-actions";
import { EMAIL_TRIGGER_LIMITS, RATE_LIMITS } from "@/lib/rate-limit/limits";
import { mayTriggerEmail } from "@/lib/rate-limit/may-trigger-email";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { requestSignatureCode } from "@/lib/signatures/request-signature-code-action";
import { lookupSite } from "@/lib/tenancy/cached-site-lookup";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_LOGINS, DEMO_ORGANIZATIONS, DEMO_PASSWORD, demoIdentity } from "../support/demo";
import { simulateRequest } from "../support/next-request-mock";

jest.setTimeout(60_000);
const WRONG = "Mauvais#2026";
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const startedAt = new Date();

afterAll(async () => {
  // Nothing this file queued stays pending in the shared outbox.
  await db.emailOutbox.updateMany({
    where: { createdAt: { gte: startedAt }, status: "PENDING", to: { contains: "limite" } },
    data: { status: "SENT" },
  });
  for (const login of [DEMO_LOGINS.horizonManager, DEMO_LOGINS.formaproManager])
    await clearAccountLoginLimits({
      db,
      organizationId: login.organizationSlug === "horizon" ? DEMO_ORGANIZATIONS.horizon.id : DEMO_ORGANIZATIONS.formapro.id,
      email: login.email,
      ip: null,
    });
  await db.$disconnect();
});

describe("the limiter", () => {
  it("counts atomically: of 40 parallel hits on a limit of 10, exactly 10 pass, on every instance", async () => {
    const limit = { name: `test/${unique()}`, limit: 10, windowMs: 60_000 };
    const verdicts = await Promise.all(Array.from({ length: 40 }, () => consumeRateLimit({ db, limit, subject: "s" })));
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(10);
    expect(Math.max(...verdicts.map((verdict) => verdict.retryAfterMs))).toBeLessThanOrEqual(60_000);
  });

  it("starts a new window once the last one is over", async () => {
    const limit = { name: `test/${unique()}`, limit: 1, windowMs: 60_000 };
    const now = new Date();
    expect((await consumeRateLimit({ db, limit, subject: "s", now })).allowed).toBe(true);
    expect((await consumeRateLimit({ db, limit, subject: "s", now })).allowed).toBe(false);
    expect((await consumeRateLimit({ db, limit, subject: "s", now: new Date(now.getTime() + 60_001) })).allowed).toBe(true);
  });

  it("stores no email address or IP", async () => {
    await mayTriggerEmail({ db, trigger: "password-reset", organizationId: "o", recipient: "visible@exemple.test", ip: "203.0.113.5" });
    const rows = await db.$queryRaw<{ key: string }[]>`SELECT key FROM "RateLimitCounter"`;
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.key))).toBe(true);
  });
});

describe("login", () => {
  const { email, host } = DEMO_LOGINS.horizonManager;
  const organizationId = DEMO_ORGANIZATIONS.horizon.id;

  it("checks at most the allowed number of 12 parallel guesses, then refuses even the right password", async () => {
    await clearAccountLoginLimits({ db, organizationId, email, ip: null });
    const since = new Date();
    const results = await Promise.all(Array.from({ length: 12 }, () => authenticate({ hostname: host, email, password: WRONG })));
    expect(results.filter((result) => result.status === "invalid")).toHaveLength(RATE_LIMITS.loginPerAccountAndAddress.limit);
    expect(results.filter((result) => result.status === "rate_limited")).toHaveLength(12 - RATE_LIMITS.loginPerAccountAndAddress.limit);
    const checked = await db.auditEvent.count({ where: { action: "auth.login_failed", targetId: email, createdAt: { gte: since } } });
    expect(checked).toBe(RATE_LIMITS.loginPerAccountAndAddress.limit);
    expect(await authenticate({ hostname: host, email, password: DEMO_PASSWORD })).toMatchObject({ status: "rate_limited" });
  });

  it("a password reset link lifts the lock its holder did not cause", async () => {
    const site = (await lookupSite(host))!;
    const link = await requestPasswordReset({ db, site, email });
    simulateRequest({ host });
    await resetPasswordAction(idleState, form({ token: link!.token, password: "Debloque#2026", confirm: "Debloque#2026" }));
    expect(await authenticate({ hostname: host, email, password: "Debloque#2026" })).toMatchObject({ status: "ok" });
    // Back to the demo password (every demo account shares the seed's hash).
    const { passwordHash } = await db.user.findFirstOrThrow({
      where: { email: DEMO_LOGINS.horizonAdmin.email },
      select: { passwordHash: true },
    });
    await db.user.updateMany({ where: { organizationId, email }, data: { passwordHash } });
  });

  it("behind a trusted proxy, someone else's wrong guesses from their address do not lock the holder out of theirs", async () => {
    const { email: managerEmail, host: formapro } = DEMO_LOGINS.formaproManager;
    const attacker = `198.51.100.${Math.floor(Math.random() * 200) + 20}`;
    for (let attempt = 0; attempt < RATE_LIMITS.loginPerAccountAndAddress.limit; attempt++)
      await authenticate({ hostname: formapro, email: managerEmail, password: WRONG, ip: attacker });
    expect(await authenticate({ hostname: formapro, email: managerEmail, password: DEMO_PASSWORD, ip: attacker })).toMatchObject({
      status: "rate_limited",
    });
    expect(await authenticate({ hostname: formapro, email: managerEmail, password: DEMO_PASSWORD, ip: "203.0.113.250" })).toMatchObject({
      status: "ok",
    });
  });

  it("refuses every account from an address that guessed too often across accounts", async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 200) + 20}`;
    for (let attempt = 0; attempt < RATE_LIMITS.loginPerAddress.limit; attempt++)
      await authenticate({ hostname: host, email: `robot${attempt}-${unique()}@exemple.test`, password: WRONG, ip });
    expect(await authenticate({ hostname: host, email: DEMO_LOGINS.horizonAdmin.email, password: DEMO_PASSWORD, ip })).toMatchObject({
      status: "rate_limited",
    });
    expect(
      await authenticate({ hostname: host, email: DEMO_LOGINS.horizonAdmin.email, password: DEMO_PASSWORD, ip: "192.0.2.77" }),
    ).toMatchObject({ status: "ok" });
  });
});

describe("emails anyone can trigger", () => {
  beforeEach(() => {
    process.env.TRUST_FORWARDED_HOST = "1";
  });
  afterEach(() => {
    delete process.env.TRUST_FORWARDED_HOST;
  });
  const fromAddress = (host: string, ip: string) => simulateRequest({ host, headers: { "x-forwarded-for": ip } });

  it("password reset: a few per address, then nothing more is sent (and the answer never changes)", async () => {
    const { email, host } = DEMO_LOGINS.formaproManager;
    const since = new Date();
    const answers = [];
    for (let request = 0; request < EMAIL_TRIGGER_LIMITS["password-reset"].perRecipient + 2; request++) {
      fromAddress(host, `192.0.2.${request + 10}`);
      answers.push(await requestPasswordResetAction(idleState, form({ email })));
    }
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(await db.emailOutbox.count({ where: { to: email, template: "password-reset", createdAt: { gte: since } } })).toBe(
      EMAIL_TRIGGER_LIMITS["password-reset"].perRecipient,
    );
    await db.emailOutbox.updateMany({ where: { to: email, createdAt: { gte: since } }, data: { status: "SENT" } });
  });

  it("anonymous catalogue requests: a few per recipient address, and per client address across recipients", async () => {
    const action = await db.trainingAction.findFirstOrThrow({
      where: upcomingInterWhere(DEMO_ORGANIZATIONS.formapro.id, new Date()),
      select: { id: true },
    });
    const request = (email: string) =>
      requestEnrolmentAction(idleState, form({ actionId: action.id, kind: "individual", name: "Robot <b>Pub</b>", email, seats: "1" }));
    const victim = `limite-${unique()}@exemple.test`;
    const since = new Date();
    for (let attempt = 0; attempt < EMAIL_TRIGGER_LIMITS["catalogue-request"].perRecipient; attempt++) {
      fromAddress(DEMO_HOSTS.formapro, `192.0.2.${attempt + 100}`);
      expect(await request(victim)).toMatchObject({ status: "success" });
    }
    fromAddress(DEMO_HOSTS.formapro, "192.0.2.200");
    expect(await request(victim)).toEqual({ status: "error", formError: "too_many_requests", values: expect.any(Object) });
    expect(await db.emailOutbox.count({ where: { to: victim, createdAt: { gte: since } } })).toBe(
      EMAIL_TRIGGER_LIMITS["catalogue-request"].perRecipient,
    );

    const spammer = `198.18.0.${Math.floor(Math.random() * 200) + 20}`;
    const verdicts = [];
    for (let attempt = 0; attempt < EMAIL_TRIGGER_LIMITS["catalogue-request"].perAddress + 1; attempt++) {
      fromAddress(DEMO_HOSTS.formapro, spammer);
      verdicts.push((await request(`limite-${unique()}@exemple.test`)).status);
    }
    expect(verdicts.filter((status) => status === "success")).toHaveLength(EMAIL_TRIGGER_LIMITS["catalogue-request"].perAddress);
    expect(verdicts.at(-1)).toBe("error");
    await db.order.updateMany({ where: { requesterEmail: { contains: "limite-" } }, data: { status: "CANCELLED" } });
  });

  it("signature codes: refused once the client's address got its share, and nothing is queued", async () => {
    const ip = `198.18.1.${Math.floor(Math.random() * 200) + 20}`;
    simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact"), headers: { "x-forwarded-for": ip } });
    const context = await requireContact();
    const signature = await db.signatureRequest.findFirstOrThrow({
      where: { companyId: DEMO_COMPANIES.groupeMartin.id, signerContactId: context.contactId, status: { in: ["PENDING", "VIEWED"] } },
    });
    // Codes this address already asked for, for other signers (Claire's own share is left to the other tests).
    for (let code = 0; code < EMAIL_TRIGGER_LIMITS["signature-code"].perAddress; code++)
      await mayTriggerEmail({
        db,
        trigger: "signature-code",
        organizationId: context.organizationId,
        recipient: `limite-${code}@exemple.test`,
        ip,
      });
    const before = await db.emailOutbox.count({ where: { template: "signature-code", to: context.user.email } });
    expect(await requestSignatureCode(idleState, form({ requestId: signature.id }))).toMatchObject({
      status: "error",
      formError: "too_many_codes",
    });
    expect(await db.emailOutbox.count({ where: { template: "signature-code", to: context.user.email } })).toBe(before);
  });
});

describe("public pages behind a trusted proxy", () => {
  afterEach(() => {
    delete process.env.TRUST_FORWARDED_HOST;
  });
  const visit = (path: string, ip: string) =>
    proxy(
      new NextRequest(`http://${DEMO_HOSTS.horizon}:3000${path}`, {
        headers: { host: `${DEMO_HOSTS.horizon}:3000`, "x-forwarded-for": ip },
      }),
    );

  it("answers 429, in French, once one address asked for too many", async () => {
    process.env.TRUST_FORWARDED_HOST = "1";
    const ip = `198.19.${Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 200) + 1}`;
    for (let page = 0; page < RATE_LIMITS.publicPagesPerAddress.limit; page++) expect((await visit("/catalogue", ip)).status).toBe(200);
    const refused = await visit("/login", ip);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.text()).toContain("Trop de requêtes");
    expect((await visit("/catalogue", "198.19.250.250")).status).toBe(200);
    expect((await visit("/admin", ip)).status).toBe(200); // not a public page: the session's own rules apply
  });

  it("cannot tell addresses apart without a trusted proxy, so it does not guess (a client could pick any)", async () => {
    const ip = "198.19.251.251";
    for (let page = 0; page < RATE_LIMITS.publicPagesPerAddress.limit + 1; page++) expect((await visit("/catalogue", ip)).status).toBe(200);
  });
});
