import { db } from "../db";
import { lookupSite } from "../tenancy/cached-site-lookup";
import { isLoginRateLimited } from "./login-rate-limit";
import { verifyPassword } from "./password";

// Compared against when the email is unknown, so that a miss costs as long as a wrong password.
const DUMMY_HASH = "$2b$11$g7cGOc/jVh4bw3xmYNqRNeByp7bzyIHNFCcz2ZIrsT4qrFIiyvmW.";

export interface AuthenticatedIdentity {
  id: string;
  kind: "STAFF" | "CONTACT";
  organizationId: string;
  host: string;
  sessionVersion: number;
}

export interface AuthenticateOptions {
  hostname: string;
  email: string;
  password: string;
  /** The client's address, for the per-IP limit and the audit log. */
  ip?: string | null;
  userAgent?: string | null;
}

/**
 * Checks an email and password on the organisation that `hostname` belongs to. Staff must not be disabled;
 * a contact needs an active extranet access and the organisation's extranet option. Too many recent
 * failures for the account or the address refuse the attempt without looking at the password; every
 * failure is counted (LoginAttempt) and written to the audit log.
 */
export async function authenticate({
  hostname,
  email,
  password,
  ip = null,
  userAgent = null,
}: AuthenticateOptions): Promise<AuthenticatedIdentity | null> {
  const site = await lookupSite(hostname);
  if (!site) return null;
  const organizationId = site.organization.id;
  if (await isLoginRateLimited({ db, organizationId, email, ip })) {
    await db.auditEvent.create({
      data: { organizationId, action: "auth.login_rate_limited", targetType: "email", targetId: email, ip, userAgent },
    });
    return null;
  }
  const user = await db.user.findUnique({
    where: { organizationId_email: { organizationId, email } },
    select: {
      id: true,
      kind: true,
      passwordHash: true,
      disabledAt: true,
      sessionVersion: true,
      access: { select: { status: true } },
      // Read here rather than from the cached site so switching the option off takes effect at once.
      organization: { select: { extranetEnabled: true } },
    },
  });
  const passwordMatches = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  const refused =
    !user ||
    !user.passwordHash ||
    !passwordMatches ||
    user.disabledAt ||
    (user.kind === "CONTACT" && (user.access?.status !== "ACTIVE" || !user.organization.extranetEnabled));
  if (refused) {
    await db.$transaction([
      db.loginAttempt.create({ data: { organizationId, email, ip, succeeded: false } }),
      db.auditEvent.create({
        data: {
          organizationId,
          actorUserId: user?.id ?? null,
          action: "auth.login_failed",
          targetType: "email",
          targetId: email,
          ip,
          userAgent,
          metadata: { host: hostname },
        },
      }),
    ]);
    return null;
  }

  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } }),
    // A success resets the account's failure count (login-rate-limit.ts counts failures after it).
    db.loginAttempt.create({ data: { organizationId, email, ip, succeeded: true } }),
  ]);
  return { id: user.id, kind: user.kind, organizationId, host: hostname, sessionVersion: user.sessionVersion };
}
