import type { Database, TransactionClient } from "../db/create-prisma-client";
import { enqueueJob } from "../jobs/enqueue-job";

/** After this many failed attempts an email is marked failed; it stays in the log and staff can retry it. */
export const MAX_ATTEMPTS = 8;

/**
 * Queues the delivery of one outbox email (one job per email, keyed by its id). In the transaction that
 * wrote the email, the job exists if and only if the email does.
 */
export function enqueueDelivery({
  db,
  outboxId,
  keyMode = "replace",
}: {
  db: Database | TransactionClient;
  outboxId: string;
  keyMode?: "replace" | "keep";
}): Promise<void> {
  return enqueueJob(db, "deliver-email", { outboxId }, { key: `email:${outboxId}`, keyMode, maxAttempts: MAX_ATTEMPTS });
}
