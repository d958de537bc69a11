import "server-only";
import { createElement } from "react";
import { NoticeEmail } from "@/components/email/notice-email";
import { getBrand } from "../branding/get-brand";
import type { TransactionClient } from "../db/create-prisma-client";
import { enqueueEmail } from "../email/enqueue-email";
import { featureEmailRecipients } from "../notifications/feature-email-recipients";
import { staffRecipients } from "../shared-files/staff-recipients";

interface TicketRef {
  id: string;
  organizationId: string;
  companyId: string;
  number: number;
  subject: string;
  authorUserId: string | null;
  ownerUserId: string | null;
}

/** To staff: the ticket's owner when it has one, else the organisation's address (or its administrators). */
export async function notifyStaffOfTicket({
  tx,
  ticket,
  headline,
  body,
}: {
  tx: TransactionClient;
  ticket: TicketRef;
  headline: string;
  body: string;
}) {
  const owner = ticket.ownerUserId
    ? await tx.user.findFirst({
        where: { id: ticket.ownerUserId, organizationId: ticket.organizationId, disabledAt: null },
        select: { email: true },
      })
    : null;
  const recipients = owner ? [owner.email] : await staffRecipients({ db: tx, organizationId: ticket.organizationId });
  const brand = await getBrand({ db: tx, organizationId: ticket.organizationId });
  for (const to of recipients) {
    await enqueueEmail({
      db: tx,
      organizationId: ticket.organizationId,
      template: "ticket-staff-notice",
      to,
      subject: `Ticket n° ${ticket.number} : ${ticket.subject}`,
      body: createElement(NoticeEmail, {
        brand,
        headline,
        paragraphs: [body],
        action: { href: `${brand.baseUrl}/admin/tickets/${ticket.id}`, label: "Ouvrir le ticket" },
      }),
    });
  }
}

/**
 * To the contact who opened the ticket (its answers and its status), with the company's branding and
 * extranet address — when their "ticket answered" choice is "immediately" (featureEmailRecipients).
 */
export async function notifyAuthorOfTicket({
  tx,
  ticket,
  headline,
  body,
}: {
  tx: TransactionClient;
  ticket: TicketRef;
  headline: string;
  body: string;
}) {
  if (!ticket.authorUserId) return;
  const author = await tx.extranetAccess.findFirst({
    where: { organizationId: ticket.organizationId, userId: ticket.authorUserId },
    select: { contactId: true },
  });
  if (!author) return;
  const recipients = await featureEmailRecipients({
    db: tx,
    organizationId: ticket.organizationId,
    companyId: ticket.companyId,
    kind: "TICKET_ANSWERED",
    onlyContactIds: [author.contactId],
  });
  if (recipients.length === 0) return;
  const brand = await getBrand({ db: tx, organizationId: ticket.organizationId, companyId: ticket.companyId });
  for (const { email } of recipients)
    await enqueueEmail({
      db: tx,
      organizationId: ticket.organizationId,
      template: "ticket-contact-notice",
      to: email,
      subject: `Votre ticket n° ${ticket.number} : ${ticket.subject}`,
      body: createElement(NoticeEmail, {
        brand,
        headline,
        paragraphs: [body],
        action: { href: `${brand.baseUrl}/qualite/${ticket.id}`, label: "Voir le ticket" },
      }),
    });
}

export const TICKET_REF_SELECT = {
  id: true,
  organizationId: true,
  companyId: true,
  number: true,
  subject: true,
  authorUserId: true,
  ownerUserId: true,
  status: true,
  resolvedAt: true,
} as const;
