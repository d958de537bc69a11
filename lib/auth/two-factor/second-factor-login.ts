import type { Database } from "../../db/create-prisma-client";
import { RATE_LIMITS } from "../../rate-limit/limits";
import { consumeRateLimits, resetRateLimit } from "../../rate-limit/rate-limit";
import type { AuthenticatedIdentity } from "../authenticate";
import { checkSecondFactor } from "./totp-credential";
import { openPendingLogin, type PendingLogin } from "./pending-login";
import { isTrustedDevice } from "./trusted-device";

/** Whether a login that passed its first factor must still give a code: the user has an app, and this device is not trusted. */
export async function needsSecondFactor({
  db,
  identity,
  trustedDevice,
}: {
  db: Database;
  identity: AuthenticatedIdentity;
  trustedDevice?: string;
}) {
  const user = await db.user.findFirstOrThrow({
    where: { id: identity.id, organizationId: identity.organizationId },
    select: { passwordHash: true, totp: { select: { userId: true } } },
  });
  if (!user.totp) return false;
  return !isTrustedDevice({ value: trustedDevice, userId: identity.id, host: identity.host, passwordHash: user.passwordHash });
}

export type SecondStepResult =
  | { status: "ok"; identity: AuthenticatedIdentity; passwordHash: string | null }
  /** No pending login on this host (expired, forged, or made on another host): start again with the password. */
  | { status: "pending_expired" }
  | { status: "invalid_code" }
  | { status: "rate_limited"; retryAfterMs: number };

/**
 * The code step of a pending login: limited per account like the password (reserved before the check),
 * then a code of the authenticator app or a recovery code. A wrong code is audited.
 */
export async function completeSecondFactor({
  db,
  pendingCookie,
  host,
  code,
  ip = null,
  userAgent = null,
  now = new Date(),
}: {
  db: Database;
  pendingCookie: string | undefined;
  host: string;
  code: string;
  ip?: string | null;
  userAgent?: string | null;
  now?: Date;
}): Promise<SecondStepResult> {
  const pending: PendingLogin | null = openPendingLogin(pendingCookie, host, now);
  if (!pending) return { status: "pending_expired" };
  const { userId, organizationId } = pending;
  const audit = (action: string) =>
    db.auditEvent.create({
      data: { organizationId, actorUserId: userId, action, targetType: "User", targetId: userId, ip, userAgent, metadata: { host } },
    });
  const reservation = await consumeRateLimits({
    db,
    now,
    limits: [
      { limit: RATE_LIMITS.loginCodePerAccount, subject: userId },
      ...(ip ? [{ limit: RATE_LIMITS.loginPerAddress, subject: ip }] : []),
    ],
  });
  if (!reservation.allowed) {
    await audit("auth.login_code_rate_limited");
    return { status: "rate_limited", retryAfterMs: reservation.retryAfterMs };
  }
  const user = await db.user.findFirst({
    where: { id: userId, organizationId, disabledAt: null },
    select: { kind: true, passwordHash: true },
  });
  const check = user ? await checkSecondFactor({ db, organizationId, userId, code, now }) : "invalid";
  if (!user || check === "invalid") {
    await audit("auth.login_code_failed");
    return { status: "invalid_code" };
  }
  await resetRateLimit({ db, limit: RATE_LIMITS.loginCodePerAccount, subject: userId });
  return { status: "ok", identity: { id: userId, kind: user.kind, organizationId, host }, passwordHash: user.passwordHash };
}
