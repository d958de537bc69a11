import "server-only";
import { db } from "../db";
import type { ContactContext } from "../auth/require-contact";
import type { Prisma } from "../generated/prisma/client";
import type { ActionMode, ActionStatus, ActionType } from "../generated/prisma/enums";
import { companiesActionIds } from "../tenancy/company-action-where";
import { managerActionWhere } from "../tenancy/contact-permissions";
import { PAGE_SIZE, type ActionFilters } from "./action-filters";
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
  /** The company's seats that are not cancelled. */
  companySeats: number;
}

export interface CompanyActionPage {
  rows: CompanyActionRow[];
  total: number;
  page: number;
  pageCount: number;
}

/** The company's actions (its INTRA, or INTER where one of its employees holds a seat), filtered and paginated in the database. */
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
  const actionIds = await companiesActionIds(db, { organizationId: context.organizationId, companyIds: [context.company.id] });
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

  const [total, actions] = await Promise.all([
    db.trainingAction.count({ where }),
    db.trainingAction.findMany({
      where,
      orderBy: [{ startDate: filters.period === "past" ? "desc" : filters.period === "all" ? "desc" : "asc" }, { number: "asc" }],
      skip: (filters.page - 1) * PAGE_SIZE,
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
        location: { select: { name: true } },
        _count: { select: { enrolments: { where: { companyId: context.company.id, status: { not: "CANCELLED" } } } } },
      },
    }),
  ]);
  return {
    rows: actions.map(({ location, _count, durationHours, ...action }) => ({
      ...action,
      durationHours: Number(durationHours),
      locationName: location?.name ?? null,
      companySeats: _count.enrolments,
    })),
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}
