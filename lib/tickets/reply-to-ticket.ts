import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import { recordEvent } from "../events/record-event";
import { notifyAuthorOfTicket, notifyStaffOfTicket, TICKET_REF_SELECT } from "./notify-ticket";

export type ReplyResult = { id: string } | { error: "ticket_closed" };

/**
 * A message in a ticket's thread, from the company's contact (scope: its company) or from staff (scope:
 * the organisation); the other side gets an email. A closed ticket takes no more messages.
 */
export async function replyToTicket({
  scope,
  ticketId,
  userId,
  fromStaff,
  body,
}: {
  scope: { organizationId: string; companyId?: string };
  ticketId: string;
  userId: string;
  fromStaff: boolean;
  body: string;
}): Promise<ReplyResult> {
  const where = { id: ticketId, organizationId: scope.organizationId, ...(scope.companyId ? { companyId: scope.companyId } : {}) };
  const result = await db.$transaction(async (tx) => {
    const ticket = await tx.qualityTicket.findFirst({ where, select: TICKET_REF_SELECT });
    if (!ticket) return null;
    if (ticket.status === "CLOSED") return { error: "ticket_closed" as const };
    const message = await tx.ticketMessage.create({
      data: {
        organizationId: ticket.organizationId,
        companyId: ticket.companyId,
        ticketId: ticket.id,
        authorUserId: userId,
        fromStaff,
        body,
      },
      select: { id: true },
    });
    await tx.qualityTicket.update({ where: { id: ticket.id }, data: { updatedAt: new Date() } });
    await tx.auditEvent.create({
      data: {
        organizationId: ticket.organizationId,
        companyId: ticket.companyId,
        actorUserId: userId,
        action: "ticket.replied",
        targetType: "QualityTicket",
        targetId: ticket.id,
        metadata: { fromStaff },
      },
    });
    if (fromStaff)
      await recordEvent(tx, {
        organizationId: ticket.organizationId,
        companyId: ticket.companyId,
        type: "ticket.answered",
        data: { ticketId: ticket.id, number: ticket.number, companyId: ticket.companyId, messageId: message.id },
      });
    const notice = { tx, ticket, body };
    if (fromStaff) await notifyAuthorOfTicket({ ...notice, headline: `Nouvelle réponse à votre ticket n° ${ticket.number}` });
    else await notifyStaffOfTicket({ ...notice, headline: `Nouveau message sur le ticket n° ${ticket.number}` });
    return message;
  });
  if (!result) notFound();
  return result;
}
