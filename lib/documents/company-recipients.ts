import "server-only";
import type { TransactionClient } from "../db/create-prisma-client";

/** Login emails of the contacts with an active access to this company's extranet (its own, or its parent's). */
export async function companyRecipients({
  tx,
  organizationId,
  companyId,
}: {
  tx: TransactionClient;
  organizationId: string;
  companyId: string;
}) {
  const company = await tx.company.findFirstOrThrow({ where: { id: companyId, organizationId }, select: { parentId: true } });
  const accesses = await tx.extranetAccess.findMany({
    where: {
      organizationId,
      companyId: { in: [companyId, ...(company.parentId ? [company.parentId] : [])] },
      status: "ACTIVE",
      user: { disabledAt: null },
    },
    take: 200,
    select: { contactId: true, user: { select: { email: true } } },
  });
  return accesses.flatMap((access) => (access.user ? [{ contactId: access.contactId, email: access.user.email }] : []));
}
