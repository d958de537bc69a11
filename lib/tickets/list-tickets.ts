import "server-only";
import { companyNameWhere } from "../crm/company-name-where";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { TicketCategory, TicketStatus } from "../generated/prisma/enums";
import type { SortDirection } from "../http/request-params";
import { acknowledgementDelayMs } from "./ticket-workflow";

export interface TicketFilters {
  status?: TicketStatus;
  category?: TicketCategory;
  companyId?: string;
  /** Part of the company's name, any case (the staff list's search). */
  companyName?: string;
  /** Open tickets still waiting for their acknowledgement past the delay. */
  overdue?: boolean;
  /** Only these tickets (the extranet's "awaiting your answer": lib/tickets/ticket-awaits-company.ts). */
  ticketIds?: string[];
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

/** Rows per page of the ticket lists (each row costs a fifth of a millisecond of rendering: 50 made them the slowest pages). */
export const TICKETS_PAGE_SIZE = 25;

/** The staff ticket list's sortable columns (`tri`), the newest received first by default. */
export const TICKET_SORTS = ["receivedAt", "number", "company", "status"] as const;
export type TicketSort = (typeof TICKET_SORTS)[number];

// The id last: one stable order across pages. Date and number read the indexes on (organizationId, receivedAt)
// and (organizationId, number); company and status keep the newest first within each.
const TICKET_ORDER: Record<TicketSort, (direction: SortDirection) => Prisma.QualityTicketOrderByWithRelationInput[]> = {
  receivedAt: (direction) => [{ receivedAt: direction }, { id: direction }],
  number: (direction) => [{ number: direction }],
  company: (direction) => [{ company: { name: direction } }, { receivedAt: "desc" }, { id: "desc" }],
  status: (direction) => [{ status: direction }, { receivedAt: "desc" }, { id: "desc" }],
};

interface TicketQuery {
  /** A contact's company, or the companies of its group view (lib/tenancy/viewed-companies.ts); none for staff. */
  scope: { organizationId: string; companyId?: string | { in: string[] } };
  filters?: TicketFilters;
  now?: Date;
}

async function ticketWhere({ scope, filters = {}, now = new Date() }: TicketQuery) {
  const overdueBefore = new Date(now.getTime() - acknowledgementDelayMs());
  const companyName = filters.companyName?.trim().slice(0, 100);
  const where: Prisma.QualityTicketWhereInput = {
    organizationId: scope.organizationId,
    ...(scope.companyId ? { companyId: scope.companyId } : filters.companyId ? { companyId: filters.companyId } : {}),
    ...(companyName && !scope.companyId ? await companyNameWhere(scope.organizationId, companyName) : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.overdue ? { status: "OPEN", acknowledgedAt: null, receivedAt: { lt: overdueBefore } } : {}),
    ...(filters.ticketIds ? { id: { in: filters.ticketIds } } : {}),
  };
  return { where, overdueBefore };
}

/** How many tickets the list's filters give (for its pager). */
export async function countTickets(query: TicketQuery): Promise<number> {
  return db.qualityTicket.count({ where: (await ticketWhere(query)).where });
}

/**
 * Tickets, newest first unless told: a contact's (scope with companyId) or the whole organisation's for staff, with
 * filters, one page of TICKETS_PAGE_SIZE at a time (or the `take` newest). The company filter only narrows
 * within the organisation.
 */
export async function listTickets({
  page,
  take = page ? TICKETS_PAGE_SIZE : 200,
  sort = "receivedAt",
  direction = "desc",
  ...query
}: TicketQuery & { page?: number; take?: number; sort?: TicketSort; direction?: SortDirection }): Promise<TicketRowDto[]> {
  const { where, overdueBefore } = await ticketWhere(query);
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
    orderBy: TICKET_ORDER[sort](direction),
    skip: page ? (page - 1) * TICKETS_PAGE_SIZE : 0,
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
