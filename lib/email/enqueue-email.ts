import type { ReactElement } from "react";
import { render, toPlainText } from "@react-email/render";
import type { Database, TransactionClient } from "../db/create-prisma-client";
import { enqueueDelivery } from "./enqueue-delivery";
import { sealEmailContent, type EmailContent, type EmailSecret } from "./email-secrets";

export interface EnqueueEmailOptions<K extends string> {
  /** The transaction of the change that sends this email, so both happen or neither does. */
  db: Database | TransactionClient;
  organizationId: string;
  /** A template name for the email log and tests, e.g. "invitation". */
  template: string;
  to: string;
  /** Never holds a secret: it shows in the log's list and in every mail client's notification. */
  subject: string;
  /** Links with a token and one-time codes, handed to `body` by name (see email-secrets.ts). */
  secrets?: Record<K, EmailSecret>;
  /** A React Email element, usually wrapped in components/email/email-layout; a function of the secrets when it carries any. */
  body: ReactElement | ((secrets: Record<K, string>) => ReactElement);
}

async function renderContent(subject: string, element: ReactElement): Promise<EmailContent> {
  const html = await render(element);
  return { subject, html, text: toPlainText(html) };
}

/**
 * Renders the email, writes it to the durable outbox and queues its delivery; deliver-email.ts sends it. With
 * secrets, the row's readable columns get the copy rendered with the secrets redacted, and the copy to
 * deliver is sealed (sealedContent): no one reading the email log, or the table, sees a live token or code.
 */
export async function enqueueEmail<K extends string = never>({
  db,
  organizationId,
  template,
  to,
  subject,
  secrets,
  body,
}: EnqueueEmailOptions<K>): Promise<{ id: string }> {
  const entries = Object.entries(secrets ?? {}) as [K, EmailSecret][];
  const bodyWith = (pick: (secret: EmailSecret) => string) =>
    typeof body === "function"
      ? body(Object.fromEntries(entries.map(([name, secret]) => [name, pick(secret)])) as Record<K, string>)
      : body;

  const shown = await renderContent(
    subject,
    bodyWith((secret) => secret.redacted),
  );
  const leaked = entries.find(([, secret]) => [shown.subject, shown.html, shown.text].some((part) => part.includes(secret.value)));
  if (leaked) throw new Error(`email "${template}": the secret "${leaked[0]}" would be readable in the email log`);
  const sealedContent = entries.length
    ? sealEmailContent(
        await renderContent(
          subject,
          bodyWith((secret) => secret.value),
        ),
      )
    : null;

  const email = await db.emailOutbox.create({ data: { organizationId, template, to, ...shown, sealedContent }, select: { id: true } });
  await enqueueDelivery({ db, outboxId: email.id });
  return email;
}
