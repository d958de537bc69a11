import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import type { ContactContext } from "../auth/require-contact";
import type { Prisma } from "../generated/prisma/client";
import type { ActionMode, ActionStatus, ActionType } from "../generated/prisma/enums";
import { companiesActionIds } from "../tenancy/company-action-where";
import { managerActionWhere } from "../tenancy/contact-permissions";
import { viewedCompanies } from "../tenancy/viewed-companies";
import { actionSortDirection, PAGE_SIZE, type ActionFilters } from "./action-filters";
import { utcToday } from "./utc-today";

export interface CompanyActionRow {
  id: string;
  number: string;
  title: string;
  type: ActionType;
  status: ActionStatus;
  mode: ActionMode;
  startDate: Date;
  endDate: Date;
  durationHours: number;
  locationName: string | null;
  /** The viewed companies' seats that are not cancelled. */
  companySeats: number;
  /** The viewed companies this action concerns (its INTRA company, the companies of its seats), for the group view's column. */
  companyIds: string[];
}

/** Seats read per listed action for the counts and the company column: an action has a few dozen. */
const MAX_SEATS = 500;

export interface CompanyActionPage {
  rows: CompanyActionRow[];
  total: number;
  page: number;
  pageCount: number;
}

/**
 * The viewed companies' actions (their INTRA, or INTER where one of their employees holds a seat), filtered and
 * paginated in the database; a company filter outside the viewed set answers not found.
 */
export async function listCompanyActions({
  context,
  filters,
  now = new Date(),
}: {
  context: ContactContext;
  filters: ActionFilters;
  now?: Date;
}): Promise<CompanyActionPage> {
  const today = utcToday(now);
  const view = viewedCompanies(context, filters.entreprise) ?? notFound();
  const actionIds = await companiesActionIds(db, view);
  const conditions: Prisma.TrainingActionWhereInput[] = [
    { organizationId: context.organizationId, id: { in: actionIds } },
    managerActionWhere(context),
  ];
  if (filters.period === "upcoming") conditions.push({ startDate: { gt: today } });
  if (filters.period === "current") conditions.push({ startDate: { lte: today }, endDate: { gte: today } });
  if (filters.period === "past") conditions.push({ endDate: { lt: today } });
  if (filters.status !== "all") conditions.push({ status: filters.status });
  else conditions.push({ status: { not: "DRAFT" } });
  if (filters.type !== "all") conditions.push({ type: filters.type });
  if (filters.q)
    conditions.push({
      OR: [{ title: { contains: filters.q, mode: "insensitive" } }, { number: { contains: filters.q, mode: "insensitive" } }],
    });
  const where: Prisma.TrainingActionWhereInput = { AND: conditions };

  const orderBy: Prisma.TrainingActionOrderByWithRelationInput[] = [
    { [filters.tri]: actionSortDirection(filters) },
    { number: "asc" },
    { id: "asc" },
  ];
  // The access rule's ids go through Prisma once: it binds each as a parameter, ~13 µs of CPU apiece (a
  // count and a page both binding a large company's thousand ids cost more than rendering the page). So
  // one query orders the matching ids, and the page's rows are read by their twenty ids.
  const ordered = await db.trainingAction.findMany({ where, orderBy, take: actionIds.length, select: { id: true } });
  const pageIds = ordered.slice((filters.page - 1) * PAGE_SIZE, filters.page * PAGE_SIZE).map((action) => action.id);
  const total = ordered.length;
  const [actions, seats] = await Promise.all([
    db.trainingAction.findMany({
      where: { organizationId: context.organizationId, id: { in: pageIds } },
      orderBy,
      take: PAGE_SIZE,
      select: {
        id: true,
        number: true,
        title: true,
        type: true,
        status: true,
        mode: true,
        startDate: true,
        endDate: true,
        durationHours: true,
        companyId: true,
        location: { select: { name: true } },
      },
    }),
    // Read for the page's actions only: nested in the list, PostgreSQL aggregated the seats of every
    // matching action before sorting them (a thousand for a large company).
    db.enrolment.findMany({
      where: {
        organizationId: context.organizationId,
        actionId: { in: pageIds },
        companyId: { in: view.companyIds },
        status: { not: "CANCELLED" },
      },
      take: MAX_SEATS * PAGE_SIZE,
      select: { actionId: true, companyId: true },
    }),
  ]);
  return {
    rows: actions.map(({ location, durationHours, companyId, ...action }) => {
      const actionSeats = seats.filter((seat) => seat.actionId === action.id);
      return {
        ...action,
        durationHours: Number(durationHours),
        locationName: location?.name ?? null,
        companySeats: actionSeats.length,
        companyIds: view.companyIds.filter(
          (id) => (action.type === "INTRA" && id === companyId) || actionSeats.some((seat) => seat.companyId === id),
        ),
      };
    }),
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}
