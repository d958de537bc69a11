import type { Database } from "../../db/create-prisma-client";
import { hashSecretToken } from "../../accounts/secret-token";
import { lookupSite } from "../../tenancy/cached-site-lookup";
import { isCompanyExtranetSite } from "../../tenancy/company-extranet-site";
import type { AuthenticatedIdentity } from "../authenticate";

/**
 * Spends a sign-in link on `hostname`: claimed with one conditional update (two clicks cannot both sign in),
 * then the contact must still be allowed on this extranet. Answers the identity to sign in, or null.
 */
export async function spendSignInLink({
  db,
  hostname,
  token,
  now = new Date(),
}: {
  db: Database;
  hostname: string;
  token: string;
  now?: Date;
}): Promise<AuthenticatedIdentity | null> {
  const site = await lookupSite(hostname);
  if (!site || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const organizationId = site.organization.id;
  const tokenHash = hashSecretToken(token);
  const { count } = await db.authToken.updateMany({
    where: { tokenHash, organizationId, purpose: "SIGN_IN_LINK", usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) return null;
  const { user } = await db.authToken.findUniqueOrThrow({
    where: { tokenHash },
    select: {
      user: {
        select: {
          id: true,
          disabledAt: true,
          organization: { select: { extranetEnabled: true, multiExtranet: true } },
          access: { select: { status: true, company: { select: { centreId: true } } } },
        },
      },
    },
  });
  const allowed =
    !user.disabledAt &&
    user.access?.status === "ACTIVE" &&
    user.organization.extranetEnabled &&
    isCompanyExtranetSite({ site, companyCentreId: user.access.company.centreId, multiExtranet: user.organization.multiExtranet });
  if (!allowed) return null;
  await db.auditEvent.create({
    data: { organizationId, actorUserId: user.id, action: "auth.sign_in_link_used", targetType: "User", targetId: user.id },
  });
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  return { id: user.id, kind: "CONTACT", organizationId, host: hostname };
}
