import type { TransactionClient } from "../db/create-prisma-client";

/**
 * The organisation's next order number (CMD-2026-0042), from its counter incremented in the caller's
 * transaction: the row stays locked until that transaction ends, so two orders never share a number.
 */
export async function nextOrderNumber({
  tx,
  organizationId,
  now = new Date(),
}: {
  tx: TransactionClient;
  organizationId: string;
  now?: Date;
}) {
  const organization = await tx.organization.update({
    where: { id: organizationId },
    data: { lastOrderNumber: { increment: 1 } },
    select: { lastOrderNumber: true, autoConfirmEnrolments: true, email: true, shortName: true },
  });
  return { number: `CMD-${now.getUTCFullYear()}-${String(organization.lastOrderNumber).padStart(4, "0")}`, organization };
}
