import type { TransactionClient } from "../db/create-prisma-client";

/**
 * The organisation's next invoice or credit note number (FA-2026-00042: one sequence for both, never reset),
 * from its counter incremented in the caller's transaction: the organisation's row stays locked until that
 * transaction ends, so numbers never repeat and a rolled-back issue gives its number back (no gap).
 */
export async function nextInvoiceNumber({
  tx,
  organizationId,
  issueDate,
}: {
  tx: TransactionClient;
  organizationId: string;
  issueDate: Date;
}): Promise<{ sequence: number; number: string }> {
  const [counter] = await tx.$queryRaw<{ lastInvoiceSequence: number }[]>`
    UPDATE "Organization" SET "lastInvoiceSequence" = "lastInvoiceSequence" + 1
    WHERE "id" = ${organizationId}
    RETURNING "lastInvoiceSequence"`;
  if (!counter) throw new Error(`No organisation ${organizationId} to number an invoice of`);
  const sequence = counter.lastInvoiceSequence;
  return { sequence, number: `FA-${issueDate.getUTCFullYear()}-${String(sequence).padStart(5, "0")}` };
}
