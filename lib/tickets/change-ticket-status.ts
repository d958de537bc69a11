import "server-only";
import { notFound } from "next/navigation";
import type { TransactionClient } from "../db/create-prisma-client";
import { db } from "../db";
import type { TicketStatus } from "../generated/prisma/enums";
import { notifyAuthorOfTicket, notifyStaffOfTicket, TICKET_REF_SELECT } from "./notify-ticket";
import { canReopen, canTransition, TICKET_STATUS_LABELS } from "./ticket-workflow";

export type StatusChangeResult = { ticketStatus: TicketStatus } | { error: "transition_not_allowed" | "reopen_expired" };

/** The timestamps Qualiopi indicator 31 asks for, set when the status reaches them. */
function stamps(to: TicketStatus, now: Date) {
  if (to === "ACKNOWLEDGED") return { acknowledgedAt: now };
  if (to === "RESOLVED") return { resolvedAt: now };
  if (to === "CLOSED") return { closedAt: now };
  return {};
}

async function applyTransition(tx: TransactionClient, ticketId: string, from: TicketStatus, to: TicketStatus, now: Date): Promise<boolean> {
  // Conditional on the status read, so two concurrent changes cannot both apply.
  const { count } = await tx.qualityTicket.updateMany({
    where: { id: ticketId, status: from },
    data: { status: to, ...stamps(to, now), ...(to === "IN_PROGRESS" && from === "RESOLVED" ? { resolvedAt: null } : {}) },
  });
  return count === 1;
}

/** Staff move a ticket one step along ouvert → pris en compte → en cours → résolu → clos (or reopen a resolved one). */
export async function changeTicketStatus({
  organizationId,
  ticketId,
  userId,
  to,
  now = new Date(),
}: {
  organizationId: string;
  ticketId: string;
  userId: string;
  to: TicketStatus;
  now?: Date;
}): Promise<StatusChangeResult> {
  const result = await db.$transaction(async (tx) => {
    const ticket = await tx.qualityTicket.findFirst({ where: { id: ticketId, organizationId }, select: TICKET_REF_SELECT });
    if (!ticket) return null;
    if (!canTransition(ticket.status, to) || !(await applyTransition(tx, ticket.id, ticket.status, to, now)))
      return { error: "transition_not_allowed" as const };
    await tx.auditEvent.create({
      data: {
        organizationId,
        companyId: ticket.companyId,
        actorUserId: userId,
        action: "ticket.status_changed",
        targetType: "QualityTicket",
        targetId: ticket.id,
        metadata: { from: ticket.status, to },
      },
    });
    await notifyAuthorOfTicket({
      tx,
      ticket,
      headline: `Votre ticket n° ${ticket.number} est ${TICKET_STATUS_LABELS[to]}`,
      body: ticket.subject,
    });
    return { ticketStatus: to };
  });
  if (!result) notFound();
  return result;
}

/** The contact reopens a resolved ticket of their company, within the reopening delay. */
export async function reopenTicket({
  scope,
  ticketId,
  userId,
  now = new Date(),
}: {
  scope: { organizationId: string; companyId: string };
  ticketId: string;
  userId: string;
  now?: Date;
}): Promise<StatusChangeResult> {
  const result = await db.$transaction(async (tx) => {
    const ticket = await tx.qualityTicket.findFirst({ where: { id: ticketId, ...scope }, select: TICKET_REF_SELECT });
    if (!ticket) return null;
    if (ticket.status !== "RESOLVED") return { error: "transition_not_allowed" as const };
    if (!canReopen(ticket, now)) return { error: "reopen_expired" as const };
    if (!(await applyTransition(tx, ticket.id, "RESOLVED", "IN_PROGRESS", now))) return { error: "transition_not_allowed" as const };
    await tx.auditEvent.create({
      data: { ...scope, actorUserId: userId, action: "ticket.reopened", targetType: "QualityTicket", targetId: ticket.id },
    });
    await notifyStaffOfTicket({
      tx,
      ticket,
      headline: `Le ticket n° ${ticket.number} a été rouvert par l’entreprise`,
      body: ticket.subject,
    });
    return { ticketStatus: "IN_PROGRESS" as const };
  });
  if (!result) notFound();
  return result;
}
