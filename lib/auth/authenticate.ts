import { db } from "../db";
import { lookupSite } from "../tenancy/cached-site-lookup";
import { isCompanyExtranetSite } from "../tenancy/company-extranet-site";
import { reserveLoginAttempt, settleSuccessfulLogin } from "./login-rate-limit";
import { verifyPassword } from "./password";

// Compared against when the email is unknown, so that a miss costs as long as a wrong password.
const DUMMY_HASH = "$2b$11$g7cGOc/jVh4bw3xmYNqRNeByp7bzyIHNFCcz2ZIrsT4qrFIiyvmW.";

export interface AuthenticatedIdentity {
  id: string;
  kind: "STAFF" | "CONTACT";
  organizationId: string;
  host: string;
}

export type AuthenticateResult =
  | { status: "ok"; identity: AuthenticatedIdentity }
  /** Wrong email or password, an account that may not log in, or an unknown host: never says which. */
  | { status: "invalid" }
  | { status: "rate_limited"; retryAfterMs: number }
  /** The right password, on the extranet of another centre than the contact's company's (multi-extranet). */
  | { status: "wrong_extranet" };

export interface AuthenticateOptions {
  hostname: string;
  email: string;
  password: string;
  /** The client's address (trusted proxy only), for the per-address limits and the audit log. */
  ip?: string | null;
  userAgent?: string | null;
}

/**
 * Checks an email and password on the organisation that `hostname` belongs to. Staff must not be disabled;
 * a contact needs an active extranet access, the organisation's extranet option, and this host to be its
 * company's extranet. The attempt is counted before the password is checked (login-rate-limit.ts), and
 * every failure is written to the audit log.
 */
export async function authenticate({
  hostname,
  email,
  password,
  ip = null,
  userAgent = null,
}: AuthenticateOptions): Promise<AuthenticateResult> {
  const site = await lookupSite(hostname);
  if (!site) return { status: "invalid" };
  const organizationId = site.organization.id;
  const audit = (action: string, actorUserId: string | null = null) =>
    db.auditEvent.create({
      data: { organizationId, actorUserId, action, targetType: "email", targetId: email, ip, userAgent, metadata: { host: hostname } },
    });

  const reservation = await reserveLoginAttempt({ db, organizationId, email, ip });
  if (!reservation.allowed) {
    await audit("auth.login_rate_limited");
    return { status: "rate_limited", retryAfterMs: reservation.retryAfterMs };
  }
  const user = await db.user.findUnique({
    where: { organizationId_email: { organizationId, email } },
    select: {
      id: true,
      kind: true,
      passwordHash: true,
      disabledAt: true,
      access: { select: { status: true, company: { select: { centreId: true } } } },
      // Read here rather than from the cached site so switching an option takes effect at once.
      organization: { select: { extranetEnabled: true, multiExtranet: true } },
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
    await audit("auth.login_failed", user?.id);
    return { status: "invalid" };
  }
  // The right password is no guess, even on the wrong host.
  await settleSuccessfulLogin({ db, organizationId, email, ip });
  const companyCentreId = user.access?.company.centreId ?? null;
  if (user.kind === "CONTACT" && !isCompanyExtranetSite({ site, companyCentreId, multiExtranet: user.organization.multiExtranet })) {
    await audit("auth.login_wrong_extranet", user.id);
    return { status: "wrong_extranet" };
  }
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { status: "ok", identity: { id: user.id, kind: user.kind, organizationId, host: hostname } };
}
