import type { ReactElement } from "react";
import { render, toPlainText } from "@react-email/render";
import type { Database, TransactionClient } from "../db/create-prisma-client";
import { enqueueDelivery } from "./enqueue-delivery";

export interface EnqueueEmailOptions {
  /** The transaction of the change that sends this email, so both happen or neither does. */
  db: Database | TransactionClient;
  organizationId: string;
  /** A template name for the email log and tests, e.g. "invitation". */
  template: string;
  to: string;
  subject: string;
  /** A React Email element, usually wrapped in components/email/email-layout. */
  body: ReactElement;
}

/** Renders the email, writes it to the durable outbox and queues its delivery (deliver-email.ts sends it). */
export async function enqueueEmail({ db, organizationId, template, to, subject, body }: EnqueueEmailOptions): Promise<{ id: string }> {
  const html = await render(body);
  const email = await db.emailOutbox.create({
    data: { organizationId, template, to, subject, html, text: toPlainText(html) },
    select: { id: true },
  });
  await enqueueDelivery({ db, outboxId: email.id });
  return email;
}
