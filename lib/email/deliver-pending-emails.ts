import type { Database } from "../db/create-prisma-client";
import { getEmailTransport, type EmailTransport } from "./email-transport";

/** After this many failed attempts an email is marked failed; it stays in the log and staff can retry it. */
export const MAX_ATTEMPTS = 8;
const BATCH = 20;

/** 1 min, 2, 4 … capped at 6 h: a provider outage is ridden out without hammering it. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** (attempts - 1), 6 * 60 * 60_000);
}

export interface DeliverPendingEmailsOptions {
  db: Database;
  transport?: EmailTransport;
  now?: Date;
}

/**
 * Sends the emails that are due. Each row is claimed by moving its next attempt forward before sending,
 * so two instances delivering at once never send the same email twice in the same window.
 */
export async function deliverPendingEmails({
  db,
  transport = getEmailTransport(),
  now = new Date(),
}: DeliverPendingEmailsOptions): Promise<{ sent: number; failed: number }> {
  const due = await db.emailOutbox.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: BATCH,
    select: {
      id: true,
      attempts: true,
      organizationId: true,
      to: true,
      subject: true,
      html: true,
      text: true,
      organization: { select: { legalName: true } },
    },
  });
  let sent = 0;
  let failed = 0;
  for (const email of due) {
    const attempts = email.attempts + 1;
    const claimed = await db.emailOutbox.updateMany({
      where: { id: email.id, status: "PENDING", attempts: email.attempts },
      data: { attempts, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) },
    });
    if (claimed.count === 0) continue;
    try {
      const providerId = await transport({ ...email, from: sender(email.organization?.legalName) });
      await db.emailOutbox.update({ where: { id: email.id }, data: { status: "SENT", providerId, sentAt: new Date(), lastError: null } });
      sent++;
    } catch (error) {
      const lastError = error instanceof Error ? error.message : String(error);
      await db.emailOutbox.update({ where: { id: email.id }, data: { lastError, ...(attempts >= MAX_ATTEMPTS && { status: "FAILED" }) } });
      failed++;
    }
  }
  return { sent, failed };
}

/** EMAIL_FROM is the verified sender address; the display name is the organisation's. */
function sender(organizationName: string | undefined): string {
  const address = process.env.EMAIL_FROM ?? "no-reply@passerelle.local";
  return organizationName ? `${organizationName.replace(/["<>]/g, "")} <${address}>` : address;
}
