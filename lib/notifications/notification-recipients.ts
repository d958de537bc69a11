import "server-only";
import type { TransactionClient } from "../db/create-prisma-client";
import type { NotificationKind } from "../generated/prisma/enums";

export interface NotificationRecipient {
  contactId: string;
  email: string;
}

/**
 * The one rule for who is told about a company's news: the contacts with an active access (account not
 * disabled) to the company's extranet — its own contacts and its parent company's — optionally narrowed
 * to named contacts (the signer of a document, the author of a ticket). Another company's or
 * organisation's contact can never match: both ids come from the source row. Contact roles (who should
 * hear about which kind) belong here too.
 */
export async function notificationRecipients({
  tx,
  organizationId,
  companyId,
  kind: _kind,
  onlyContactIds,
}: {
  tx: TransactionClient;
  organizationId: string;
  companyId: string;
  kind: NotificationKind;
  onlyContactIds?: string[];
}): Promise<NotificationRecipient[]> {
  const company = await tx.company.findFirst({ where: { id: companyId, organizationId, isIndividual: false }, select: { parentId: true } });
  if (!company) return [];
  const accesses = await tx.extranetAccess.findMany({
    where: {
      organizationId,
      companyId: { in: [companyId, ...(company.parentId ? [company.parentId] : [])] },
      status: "ACTIVE",
      user: { disabledAt: null },
      ...(onlyContactIds ? { contactId: { in: onlyContactIds } } : {}),
    },
    take: 200,
    orderBy: { contactId: "asc" },
    select: { contactId: true, user: { select: { email: true } } },
  });
  return accesses.flatMap((access) => (access.user ? [{ contactId: access.contactId, email: access.user.email }] : []));
}
