import "server-only";
import type { Database, TransactionClient } from "../db/create-prisma-client";
import { rolesOpening, type ContactSection } from "./contact-permissions";

/**
 * The one rule for an email to "the company's contacts": the login emails of the active accesses to this
 * company's extranet (its own, or its parent's) whose role opens the section the email is about — an
 * invoice to FINANCE and ADMIN, a convocation or a document to sign to TRAINING and ADMIN — optionally
 * narrowed to named contacts (a document's signer, a ticket's author). Another company's or organisation's
 * contact never matches, and an unknown company has nobody (a background job must not fail on it).
 */
export async function companyContactRecipients({
  db,
  organizationId,
  companyId,
  section,
  onlyContactIds,
}: {
  db: Database | TransactionClient;
  organizationId: string;
  companyId: string;
  section: ContactSection;
  onlyContactIds?: string[];
}): Promise<{ contactId: string; email: string }[]> {
  const company = await db.company.findFirst({ where: { id: companyId, organizationId }, select: { parentId: true } });
  if (!company) return [];
  const accesses = await db.extranetAccess.findMany({
    where: {
      organizationId,
      companyId: { in: [companyId, ...(company.parentId ? [company.parentId] : [])] },
      status: "ACTIVE",
      role: { in: rolesOpening(section) },
      user: { disabledAt: null },
      ...(onlyContactIds ? { contactId: { in: onlyContactIds } } : {}),
    },
    take: 200,
    orderBy: { contactId: "asc" },
    select: { contactId: true, user: { select: { email: true } } },
  });
  return accesses.flatMap((access) => (access.user ? [{ contactId: access.contactId, email: access.user.email }] : []));
}
