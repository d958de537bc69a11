import { unsealEmailContent, type EmailContent } from "./email-secrets";

/**
 * What is actually sent for an outbox row: its sealed copy when it carries a secret (the readable
 * columns hold the redacted copy), else the row itself. The one place delivery reads content from.
 */
export function deliverableContent(email: EmailContent & { sealedContent: string | null }): EmailContent {
  if (email.sealedContent) return unsealEmailContent(email.sealedContent);
  return { subject: email.subject, html: email.html, text: email.text };
}
