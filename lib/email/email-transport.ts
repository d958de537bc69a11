import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { Resend } from "resend";

export interface OutgoingEmail {
  id: string;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
}

/** Sends one email; resolves to the provider's id, or throws with a message worth keeping in the log. */
export type EmailTransport = (email: OutgoingEmail, signal?: AbortSignal) => Promise<string>;

/**
 * Without a provider, this folder stands in for the recipients' mailboxes: one HTML file per email as
 * sent, links and codes included. The log in /admin/emails shows the same emails with secrets redacted.
 */
export const localMailboxDir = () => process.env.MAILBOX_DIR ?? path.join(".data", "mailbox");

async function keepInLocalMailbox(email: OutgoingEmail): Promise<string> {
  await mkdir(localMailboxDir(), { recursive: true, mode: 0o700 });
  const envelope = `From: ${email.from} | To: ${email.to} | Subject: ${email.subject}`.replaceAll("--", "- -");
  await writeFile(path.join(localMailboxDir(), `${email.id}.html`), `<!-- ${envelope} -->\n${email.html}`, { mode: 0o600 });
  return `outbox:${email.id}`;
}

/**
 * Resend when RESEND_API_KEY is set (RESEND_BASE_URL may point it elsewhere, e.g. a stand-in in tests);
 * otherwise the email is kept in the local mailbox folder and counts as delivered.
 */
export function getEmailTransport(): EmailTransport {
  const apiKey = process.env.RESEND_API_KEY;
  if (!apiKey) return keepInLocalMailbox;
  const resend = new Resend(apiKey); // constructed per call site, never at module scope (it throws without a key)
  // A provider that does not answer within this time counts as failed (the retry reuses the idempotency key).
  const timeoutMs = Number(process.env.EMAIL_SEND_TIMEOUT_MS ?? 15_000);
  return async (email, signal) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    // Resend returns errors rather than throwing them (stack.md, trap 7), a timeout included.
    const { data, error } = await resend.emails.send(
      { from: email.from, to: email.to, subject: email.subject, html: email.html, text: email.text },
      { idempotencyKey: email.id, signal: signal ? AbortSignal.any([signal, timeout]) : timeout },
    );
    if (timeout.aborted) throw new Error(`Resend did not answer within ${timeoutMs / 1000} s`);
    if (error || !data) throw new Error(error?.message ?? "Resend returned no id");
    return data.id;
  };
}
