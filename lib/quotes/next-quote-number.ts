import type { TransactionClient } from "../db/create-prisma-client";

/**
 * The organisation's next quote number (DEV-2026-0042), from its counter row incremented in the caller's
 * transaction: the row stays locked until that transaction ends, so numbers never repeat and a rolled-back
 * creation gives its number back (no gap).
 */
export async function nextQuoteNumber({
  tx,
  organizationId,
  now = new Date(),
}: {
  tx: TransactionClient;
  organizationId: string;
  now?: Date;
}) {
  const [counter] = await tx.$queryRaw<{ lastSequence: number }[]>`
    INSERT INTO "QuoteCounter" ("organizationId", "lastSequence") VALUES (${organizationId}, 1)
    ON CONFLICT ("organizationId") DO UPDATE SET "lastSequence" = "QuoteCounter"."lastSequence" + 1
    RETURNING "lastSequence"`;
  const sequence = counter!.lastSequence;
  return { sequence, number: `DEV-${now.getUTCFullYear()}-${String(sequence).padStart(4, "0")}` };
}
