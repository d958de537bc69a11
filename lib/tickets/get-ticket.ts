import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import type { TicketCategory, TicketSeverity, TicketStatus } from "../generated/prisma/enums";
import { canReopen } from "./ticket-workflow";

export interface TicketMessageDto {
  id: string;
  fromStaff: boolean;
  authorName: string;
  body: string;
  createdAt: Date;
  attachments: { id: string; name: string; sizeBytes: number }[];
}

export interface TicketDto {
  id: string;
  companyId: string;
  companyName: string;
  number: number;
  category: TicketCategory;
  status: TicketStatus;
  severity: TicketSeverity | null;
  subject: string;
  description: string;
  action: { id: string; number: string; title: string } | null;
  authorName: string;
  ownerUserId: string | null;
  ownerName: string | null;
  receivedAt: Date;
  acknowledgedAt: Date | null;
  analysis: string | null;
  correctiveAction: string | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  canReopen: boolean;
  messages: TicketMessageDto[];
}

/**
 * One ticket with its thread: for a contact, scope is its organisation and company (its group's in the
 * group view); for staff, the organisation only. Any other id answers not found.
 */
export async function getTicket({
  scope,
  ticketId,
}: {
  scope: { organizationId: string; companyId?: string | { in: string[] } };
  ticketId: string;
}): Promise<TicketDto> {
  const ticket = await db.qualityTicket.findFirst({
    where: { id: ticketId, organizationId: scope.organizationId, ...(scope.companyId ? { companyId: scope.companyId } : {}) },
    include: {
      company: { select: { name: true } },
      action: { select: { id: true, number: true, title: true } },
      messages: {
        orderBy: { createdAt: "asc" },
        take: 500,
        include: { attachments: { select: { id: true, name: true, sizeBytes: true }, orderBy: { createdAt: "asc" }, take: 20 } },
      },
    },
  });
  if (!ticket) notFound();
  const userIds = [
    ...new Set(
      [ticket.authorUserId, ticket.ownerUserId, ...ticket.messages.map((message) => message.authorUserId)].filter((id): id is string =>
        Boolean(id),
      ),
    ),
  ];
  const users = await db.user.findMany({
    where: { organizationId: scope.organizationId, id: { in: userIds } },
    select: { id: true, firstName: true, lastName: true },
    take: userIds.length || 1,
  });
  const nameOf = (id: string | null) => {
    const user = id ? users.find((candidate) => candidate.id === id) : undefined;
    return user ? `${user.firstName} ${user.lastName}` : null;
  };
  return {
    id: ticket.id,
    companyId: ticket.companyId,
    companyName: ticket.company.name,
    number: ticket.number,
    category: ticket.category,
    status: ticket.status,
    severity: ticket.severity,
    subject: ticket.subject,
    description: ticket.description,
    action: ticket.action,
    authorName: nameOf(ticket.authorUserId) ?? "—",
    ownerUserId: ticket.ownerUserId,
    ownerName: nameOf(ticket.ownerUserId),
    receivedAt: ticket.receivedAt,
    acknowledgedAt: ticket.acknowledgedAt,
    analysis: ticket.analysis,
    correctiveAction: ticket.correctiveAction,
    resolvedAt: ticket.resolvedAt,
    closedAt: ticket.closedAt,
    canReopen: canReopen(ticket),
    messages: ticket.messages.map((message) => ({
      id: message.id,
      fromStaff: message.fromStaff,
      authorName: nameOf(message.authorUserId) ?? "—",
      body: message.body,
      createdAt: message.createdAt,
      attachments: message.attachments,
    })),
  };
}
