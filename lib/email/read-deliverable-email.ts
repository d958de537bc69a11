import type { Database } from "../db/create-prisma-client";

export interface DeliverableEmail {
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** The organisation's name, shown as the sender's. */
  senderName: string | null;
}

/** The content to send of an outbox email that is still pending, or null (sent, failed or gone). */
export async function readDeliverableEmail({ db, outboxId }: { db: Database; outboxId: string }): Promise<DeliverableEmail | null> {
  const email = await db.emailOutbox.findFirst({
    where: { id: outboxId, status: "PENDING" },
    select: { id: true, to: true, subject: true, html: true, text: true, organization: { select: { legalName: true } } },
  });
  if (!email) return null;
  const { organization, ...content } = email;
  return { ...content, senderName: organization?.legalName ?? null };
}
