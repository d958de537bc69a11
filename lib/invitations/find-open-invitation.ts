import type { Database, TransactionClient } from "../db/create-prisma-client";
import { hashSecretToken } from "../accounts/secret-token";
import { isCompanyExtranetSite } from "../tenancy/company-extranet-site";
import type { Site } from "../tenancy/site";

export interface OpenInvitation {
  id: string;
  accessId: string;
  email: string;
  contact: { id: string; firstName: string; lastName: string };
  company: { id: string; name: string };
  existingUserId: string | null;
}

/**
 * The invitation behind `token` if it can still be used here: not used, not voided, not expired, of this
 * site's organisation with the extranet option on, and opened on the company's own extranet (its
 * sub-centre's hosts in multi-extranet mode, else the organisation's). Anything else: null.
 */
export async function findOpenInvitation({
  db,
  site,
  token,
  now = new Date(),
}: {
  db: Database | TransactionClient;
  site: Site;
  token: string;
  now?: Date;
}): Promise<OpenInvitation | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: {
      id: true,
      organizationId: true,
      email: true,
      expiresAt: true,
      usedAt: true,
      revokedAt: true,
      contact: { select: { id: true, firstName: true, lastName: true } },
      access: {
        select: {
          id: true,
          status: true,
          userId: true,
          company: {
            select: {
              id: true,
              name: true,
              centreId: true,
              isIndividual: true,
              organization: { select: { extranetEnabled: true, multiExtranet: true } },
            },
          },
        },
      },
    },
  });
  if (!invitation || invitation.organizationId !== site.organization.id) return null;
  if (invitation.usedAt || invitation.revokedAt || invitation.expiresAt <= now || invitation.access.status !== "INVITED") return null;
  const { company } = invitation.access;
  if (company.isIndividual || !company.organization.extranetEnabled) return null;
  if (!isCompanyExtranetSite({ site, companyCentreId: company.centreId, multiExtranet: company.organization.multiExtranet })) return null;
  return {
    id: invitation.id,
    accessId: invitation.access.id,
    email: invitation.email,
    contact: invitation.contact,
    company: { id: company.id, name: company.name },
    existingUserId: invitation.access.userId,
  };
}
