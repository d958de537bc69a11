import type { Database } from "../db/create-prisma-client";
import { deliverableContent } from "./deliverable-content";

export interface DeliverableEmail {
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** The organisation's name, shown as the sender's. */
  senderName: string | null;
}

/** The content to send of an outbox email that is still pending (its sealed copy when it carries a secret), or null (sent, failed or gone). */
export async function readDeliverableEmail({ db, outboxId }: { db: Database; outboxId: string }): Promise<DeliverableEmail | null> {
  const email = await db.emailOutbox.findFirst({
    where: { id: outboxId, status: "PENDING" },
    select: {
      id: true,
      to: true,
      subject: true,
      html: true,
      text: true,
      sealedContent: true,
      organization: { select: { legalName: true } },
    },
  });
  if (!email) return null;
  return { id: email.id, to: email.to, ...deliverableContent(email), senderName: email.organization?.legalName ?? null };
}
