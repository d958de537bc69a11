import { db } from "../db";
import type { JobContext } from "../jobs/job-handlers";
import { getEmailTransport } from "./email-transport";
import { readDeliverableEmail } from "./read-deliverable-email";

/**
 * The "deliver-email" job: sends one outbox email and records the outcome on its row. Each row has one
 * job (keyed by its id) and the provider gets the row's id as idempotency key, so a retry after a lost
 * answer (a timeout, an instance that died mid-send) never sends it twice. A failed attempt is recorded,
 * then thrown for the queue to retry with backoff; after the last one the email is marked FAILED, and
 * stays in /admin/emails for staff to retry.
 */
export async function deliverEmail({ outboxId }: { outboxId: string }, { attempt, maxAttempts, signal }: JobContext): Promise<void> {
  const email = await readDeliverableEmail({ db, outboxId });
  if (!email) return; // already sent, given up, or deleted
  try {
    const providerId = await getEmailTransport()({ ...email, from: sender(email.senderName) }, signal);
    await db.emailOutbox.updateMany({
      where: { id: email.id, status: "PENDING" },
      data: { status: "SENT", attempts: attempt, providerId, sentAt: new Date(), lastError: null, sealedContent: null },
    });
  } catch (error) {
    const lastError = error instanceof Error ? error.message : String(error);
    const final = attempt >= maxAttempts;
    await db.emailOutbox.updateMany({
      where: { id: email.id, status: "PENDING" },
      data: { attempts: attempt, lastError, ...(final && { status: "FAILED" }) },
    });
    if (!final) throw error;
  }
}

/** EMAIL_FROM is the verified sender address; the display name is the organisation's. */
function sender(organizationName: string | null): string {
  const address = process.env.EMAIL_FROM ?? "no-reply@passerelle.local";
  return organizationName ? `${organizationName.replace(/["<>]/g, "")} <${address}>` : address;
}
