import { getDb } from "@/lib/db/client";

/**
 * Marks the invitation and account emails these tests queued as delivered: the test files share one
 * database and deliverPendingEmails takes the 20 oldest pending emails, so a backlog of ours would hold
 * up other files' outbox tests.
 */
export async function settleAccountEmails(): Promise<void> {
  await getDb().emailOutbox.updateMany({
    where: { status: "PENDING", template: { in: ["invitation", "password-reset", "email-change"] } },
    data: { status: "SENT", attempts: 1, providerId: "test-outbox", sentAt: new Date() },
  });
}
