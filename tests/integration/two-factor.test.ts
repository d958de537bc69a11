// Threats: a stolen password that is enough to sign in; a code replayed (seen over a shoulder, or a
// recovery code used twice); guessing the 6 digits; a pending login or a trusted-device cookie carried
// to another host or kept after a password change; an administrator without a second factor. The login
// runs for real: the login form's server actions, Auth.js' credentials provider, its session cookie.
jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);

import { idleState } from "@/lib/actions/action-state";
import { changePassword } from "@/lib/accounts/change-password";
import { hashPassword } from "@/lib/auth/password";
import { logIn, logInWithCode } from "@/lib/auth/log-in-action";
import { requireStaff, requireStaffAccount } from "@/lib/auth/require-staff";
import { checkSecondFactor, enrolTotp } from "@/lib/auth/two-factor/totp-credential";
import { newTotpSecret, totpCode } from "@/lib/auth/two-factor/totp";
import { PENDING_LOGIN_COOKIE } from "@/lib/auth/two-factor/pending-login";
import { TRUSTED_DEVICE_COOKIE } from "@/lib/auth/two-factor/trusted-device";
import { db } from "@/lib/db";
import { SITE_HOST_HEADER } from "@/lib/tenancy/site-headers";
import { DEMO_HOSTS, DEMO_ORGANIZATIONS } from "../support/demo";
import { redirectTarget, requestCookies, simulateRequest } from "../support/next-request-mock";

jest.setTimeout(60_000);
const PASSWORD = "Facteur#Deux2026";
const SESSION_COOKIE = "authjs.session-token";
const HOST: string = DEMO_HOSTS.formapro;
const MINUTE = 60_000;

/** A fresh Formapro staff member with a known password (and, when `secret` is given, an authenticator app holding it). */
async function staffMember(staffRole: "ADMIN" | "MANAGER", secret?: string) {
  const email = `totp-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@formapro-conseil.test`;
  const user = await db.user.create({
    data: {
      organizationId: DEMO_ORGANIZATIONS.formapro.id,
      kind: "STAFF",
      staffRole,
      email,
      firstName: "Alex",
      lastName: "Facteur",
      passwordHash: await hashPassword(PASSWORD),
    },
  });
  // Enrolled a minute ago: that step is used, the current one is not.
  const recoveryCodes = secret
    ? await enrolTotp({
        db,
        organizationId: user.organizationId,
        userId: user.id,
        secret,
        code: totpCode(secret, new Date(Date.now() - MINUTE)),
        now: new Date(Date.now() - MINUTE),
      })
    : null;
  return { ...user, recoveryCodes: recoveryCodes ?? [] };
}

/** The next action runs as a browser on `host` holding `cookies`. */
function browserOn(host: string, cookies: Record<string, string> = {}) {
  const cookie = Object.entries(cookies)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join("; ");
  simulateRequest({
    host,
    cookies,
    headers: {
      "x-forwarded-host": `${host}:3000`,
      "x-forwarded-proto": "http",
      [SITE_HOST_HEADER]: host,
      cookie,
      "user-agent": "Jest/1.0 (2FA)",
    },
  });
}

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};

/** The password step; answers where it went and the cookies the browser then holds. */
async function passwordStep(email: string, cookies: Record<string, string> = {}, host = HOST) {
  browserOn(host, cookies);
  const target = await redirectTarget(logIn(idleState, form({ email, password: PASSWORD })));
  return { target, cookies: { ...cookies, ...requestCookies() } };
}

async function codeStep(cookies: Record<string, string>, code: string, extra: Record<string, string> = {}, host = HOST) {
  browserOn(host, cookies);
  const result = await logInWithCode(idleState, form({ code, ...extra })).catch((error: unknown) => error);
  return { result, cookies: requestCookies() };
}

const sessionsOf = (userId: string) => db.authSession.count({ where: { userId } });

afterAll(async () => {
  await db.$disconnect();
});

describe("TOTP two-factor authentication", () => {
  it("asks for the code after the right password, and makes no session until it is given", async () => {
    const secret = newTotpSecret();
    const user = await staffMember("MANAGER", secret);
    const first = await passwordStep(user.email);
    expect(first.target).toBe("/login/code");
    expect(first.cookies[PENDING_LOGIN_COOKIE]).toBeDefined();
    expect(first.cookies[SESSION_COOKIE]).toBeUndefined();
    expect(await sessionsOf(user.id)).toBe(0);

    const wrong = await codeStep(first.cookies, "000000");
    expect(wrong.result).toMatchObject({ status: "error", formError: "invalid_code" });
    expect(await sessionsOf(user.id)).toBe(0);

    const code = totpCode(secret);
    const right = await codeStep(first.cookies, code);
    expect(new URL(await redirectTarget(Promise.reject(right.result))).host).toBe(`${HOST}:3000`);
    expect(right.cookies[SESSION_COOKIE]).toBeDefined();
    expect(right.cookies[PENDING_LOGIN_COOKIE]).toBeUndefined();
    expect(await sessionsOf(user.id)).toBe(1);

    // The same code again (replayed, even if its 30 s have just ended): refused.
    const again = await passwordStep(user.email);
    expect((await codeStep(again.cookies, code)).result).toMatchObject({ status: "error", formError: "invalid_code" });
  });

  it("keeps the secret sealed and the recovery codes hashed; each recovery code signs in once", async () => {
    const secret = newTotpSecret();
    const user = await staffMember("MANAGER", secret);
    const stored = await db.totpCredential.findUniqueOrThrow({ where: { userId: user.id } });
    expect(stored.secretSealed).not.toContain(secret);
    expect(user.recoveryCodes).toHaveLength(10);
    expect(new Set(user.recoveryCodes).size).toBe(10);
    const hashes = await db.recoveryCode.findMany({ where: { userId: user.id }, select: { codeHash: true } });
    for (const code of user.recoveryCodes) expect(hashes.map((row) => row.codeHash)).not.toContain(code);

    const [code] = user.recoveryCodes;
    const first = await passwordStep(user.email);
    expect((await codeStep(first.cookies, code!.toLowerCase())).cookies[SESSION_COOKIE]).toBeDefined();
    const second = await passwordStep(user.email);
    expect((await codeStep(second.cookies, code!)).result).toMatchObject({ status: "error", formError: "invalid_code" });
    // Two parallel uses of another code: exactly one passes.
    const checks = await Promise.all(
      [1, 2].map(() => checkSecondFactor({ db, organizationId: user.organizationId, userId: user.id, code: user.recoveryCodes[1]! })),
    );
    expect(checks.sort()).toEqual(["invalid", "recovery_code"]);
  });

  it("limits the code step like the password: after 5 wrong codes even the right one waits", async () => {
    const secret = newTotpSecret();
    const user = await staffMember("MANAGER", secret);
    const { cookies } = await passwordStep(user.email);
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await codeStep(cookies, "123456")).result).toMatchObject({ status: "error", formError: "invalid_code" });
    expect((await codeStep(cookies, totpCode(secret))).result).toMatchObject({ status: "error", formError: "login_rate_limited" });
    expect(await sessionsOf(user.id)).toBe(0);
  });

  it("refuses a pending login on another host, or forged", async () => {
    const secret = newTotpSecret();
    const user = await staffMember("MANAGER", secret);
    const { cookies } = await passwordStep(user.email);
    expect((await codeStep(cookies, totpCode(secret), {}, DEMO_HOSTS.formaproNantes)).result).toMatchObject({
      status: "error",
      formError: "pending_expired",
    });
    expect((await codeStep({ [PENDING_LOGIN_COOKIE]: "v1.forged.x.y" }, totpCode(secret))).result).toMatchObject({
      formError: "pending_expired",
    });
  });

  it("trusts this device for 30 days on this host, until the password changes", async () => {
    const secret = newTotpSecret();
    const user = await staffMember("MANAGER", secret);
    const first = await passwordStep(user.email);
    const trusted = (await codeStep(first.cookies, totpCode(secret), { trustDevice: "on" })).cookies[TRUSTED_DEVICE_COOKIE];
    expect(trusted).toBeDefined();
    const device = { [TRUSTED_DEVICE_COOKIE]: trusted! };

    const again = await passwordStep(user.email, device);
    expect(again.target).not.toBe("/login/code");
    expect(again.cookies[SESSION_COOKIE]).toBeDefined();
    // Not on another host of the organisation, nor for another account.
    expect((await passwordStep(user.email, device, DEMO_HOSTS.formaproNantes)).target).toBe("/login/code");
    const colleague = await staffMember("MANAGER", newTotpSecret());
    expect((await passwordStep(colleague.email, device)).target).toBe("/login/code");

    await changePassword({ db, organizationId: user.organizationId, userId: user.id, currentPassword: PASSWORD, newPassword: PASSWORD });
    expect((await passwordStep(user.email, device)).target).toBe("/login/code");
  });

  it("sends an administrator without an authenticator app to enrol before /admin, and lets them in once enrolled", async () => {
    const admin = await staffMember("ADMIN");
    const { target, cookies } = await passwordStep(admin.email);
    expect(target).not.toBe("/login/code");
    browserOn(HOST, cookies);
    expect(await redirectTarget(requireStaff())).toBe("/double-authentification");
    browserOn(HOST, cookies);
    expect((await requireStaffAccount()).user.id).toBe(admin.id);

    const secret = newTotpSecret();
    expect(await enrolTotp({ db, organizationId: admin.organizationId, userId: admin.id, secret, code: "000000" })).toBeNull();
    await enrolTotp({ db, organizationId: admin.organizationId, userId: admin.id, secret, code: totpCode(secret) });
    browserOn(HOST, cookies);
    expect((await requireStaff()).twoFactorEnabled).toBe(true);
  });
});
