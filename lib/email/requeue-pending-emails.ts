import { db } from "../db";
import { enqueueDelivery } from "./enqueue-delivery";

const OLDER_THAN_MS = 60_000;
const BATCH = 500;

/**
 * The "requeue-pending-emails" cron job: a pending email whose delivery job is missing (queued before the
 * job queue existed, or written by hand) gets one. Emails that have a job keep it untouched.
 */
export async function requeuePendingEmails(): Promise<void> {
  const pending = await db.emailOutbox.findMany({
    where: { status: "PENDING", createdAt: { lt: new Date(Date.now() - OLDER_THAN_MS) } },
    orderBy: { createdAt: "asc" },
    take: BATCH,
    select: { id: true },
  });
  for (const { id } of pending) await enqueueDelivery({ db, outboxId: id, keyMode: "keep" });
}
