import { getDb } from "../db/client";
import { lookupSite } from "../tenancy/cached-site-lookup";
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

/**
 * Checks an email and password on the organisation that `hostname` belongs to. Staff must not be disabled;
 * a contact needs an active extranet access and the organisation's extranet option.
 */
export async function authenticate({ hostname, email, password }: { hostname: string; email: string; password: string }): Promise<AuthenticatedIdentity | null> {
  const site = await lookupSite(hostname);
  if (!site) return null;
  const user = await getDb().user.findUnique({
    where: { organizationId_email: { organizationId: site.organization.id, email } },
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
  if (!user || !user.passwordHash || !passwordMatches || user.disabledAt) return null;
  if (user.kind === "CONTACT" && (user.access?.status !== "ACTIVE" || !user.organization.extranetEnabled)) return null;

  await getDb().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: user.id, kind: user.kind, organizationId: site.organization.id, host: hostname, sessionVersion: user.sessionVersion };
}
