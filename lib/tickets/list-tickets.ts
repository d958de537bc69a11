import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { TicketCategory, TicketStatus } from "../generated/prisma/enums";
import { acknowledgementDelayMs } from "./ticket-workflow";

export interface TicketFilters {
  status?: TicketStatus;
  category?: TicketCategory;
  companyId?: string;
  /** Open tickets still waiting for their acknowledgement past the delay. */
  overdue?: boolean;
}

export interface TicketRowDto {
  id: string;
  number: number;
  category: TicketCategory;
  status: TicketStatus;
  subject: string;
  companyName: string;
  receivedAt: Date;
  updatedAt: Date;
  overdue: boolean;
}

/**
 * Tickets, newest first: a contact's (scope with companyId) or the whole organisation's for staff, with
 * filters. The company filter only narrows within the organisation.
 */
export async function listTickets({
  scope,
  filters = {},
  now = new Date(),
  take = 200,
}: {
  scope: { organizationId: string; companyId?: string };
  filters?: TicketFilters;
  now?: Date;
  take?: number;
}): Promise<TicketRowDto[]> {
  const overdueBefore = new Date(now.getTime() - acknowledgementDelayMs());
  const where: Prisma.QualityTicketWhereInput = {
    organizationId: scope.organizationId,
    ...(scope.companyId ? { companyId: scope.companyId } : filters.companyId ? { companyId: filters.companyId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.overdue ? { status: "OPEN", acknowledgedAt: null, receivedAt: { lt: overdueBefore } } : {}),
  };
  const tickets = await db.qualityTicket.findMany({
    where,
    select: {
      id: true,
      number: true,
      category: true,
      status: true,
      subject: true,
      receivedAt: true,
      updatedAt: true,
      acknowledgedAt: true,
      company: { select: { name: true } },
    },
    orderBy: { receivedAt: "desc" },
    take,
  });
  return tickets.map((ticket) => ({
    id: ticket.id,
    number: ticket.number,
    category: ticket.category,
    status: ticket.status,
    subject: ticket.subject,
    companyName: ticket.company.name,
    receivedAt: ticket.receivedAt,
    updatedAt: ticket.updatedAt,
    overdue: ticket.status === "OPEN" && !ticket.acknowledgedAt && ticket.receivedAt < overdueBefore,
  }));
}
