import type { AuthTokenPurpose } from "../generated/prisma/enums";
import type { Database, TransactionClient } from "../db/create-prisma-client";
import type { Site } from "../tenancy/site";
import { hashSecretToken } from "./secret-token";

/** The open link behind `token` for this site's organisation and purpose, or null (used, expired, foreign). */
export async function findAccountLink({
  db,
  site,
  token,
  purpose,
  now = new Date(),
}: {
  db: Database | TransactionClient;
  site: Site;
  token: string;
  purpose: AuthTokenPurpose;
  now?: Date;
}) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const link = await db.authToken.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: {
      id: true,
      organizationId: true,
      userId: true,
      purpose: true,
      newEmail: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { email: true, firstName: true } },
    },
  });
  if (!link || link.organizationId !== site.organization.id || link.purpose !== purpose || link.usedAt || link.expiresAt <= now)
    return null;
  return link;
}
