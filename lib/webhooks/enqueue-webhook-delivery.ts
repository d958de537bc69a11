import type { Database, TransactionClient } from "../db/create-prisma-client";
import { enqueueJob } from "../jobs/enqueue-job";
import { WEBHOOK_MAX_ATTEMPTS } from "./webhook-limits";

/** The one job of a delivery (keyed by its id): while it waits, queuing it again changes nothing but its time. */
export async function enqueueWebhookDelivery(db: Database | TransactionClient, deliveryId: string): Promise<void> {
  await enqueueJob(db, "deliver-webhook", { deliveryId }, { key: `deliver-webhook:${deliveryId}`, maxAttempts: WEBHOOK_MAX_ATTEMPTS });
}
