import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { signableRequestWhere } from "../documents/document-status";
import { ticketAwaitsCompanySql } from "../tickets/ticket-awaits-company";
import { attendanceRate, EMPTY_COUNTS, type AttendanceCounts } from "../trainings/attendance-rate";
import { companiesActionWhere } from "../tenancy/company-action-where";
import { utcToday } from "../trainings/utc-today";
import type { DashboardScope } from "./dashboard-scope";

export interface DashboardSlot {
  id: string;
  startsAt: Date;
  endsAt: Date;
  actionId: string;
  actionTitle: string;
  locationName: string | null;
  trainerName: string | null;
}

export interface Dashboard {
  year: number;
  actions: { upcoming: number; inProgress: number; doneThisYear: number };
  /** Participants with at least one attended slot (present or late) and hours attended, this year and last. */
  trained: { year: number; participants: number; hours: number }[];
  /** Hours attended per month of this year (1–12). */
  hoursPerMonth: { month: number; hours: number }[];
  attendance: AttendanceCounts;
  attendanceRate: number | null;
  documentsToSign: number;
  invoices: { unpaidCount: number; unpaidCents: number; overdueCount: number; overdueCents: number };
  /** Fundings to request, requested or granted and not paid yet; those still to request. */
  fundings: { pendingCount: number; pendingCents: number; toRequestCount: number };
  spendingPerYear: { year: number; totalInclTaxCents: number }[];
  openTickets: number;
  /** Open tickets whose latest message is the organisation's: the company's move (answer a question, confirm a fix). */
  ticketsAwaitingCompany: number;
  nextSlots: DashboardSlot[];
}

interface MonthRow {
  year: number;
  month: number;
  present: number;
  late: number;
  absent: number;
  excused: number;
  attendedSeconds: number;
}

const hoursOf = (seconds: number) => Math.round((seconds / 3600) * 10) / 10;

/**
 * The dashboard's indicators for the scope's companies: a fixed number of queries whatever their history.
 * Attendance and spending come from the monthly rollups the database keeps (migration dashboard_rollups),
 * so a view reads a few dozen rows, not every attendance record.
 */
export async function getDashboard({ scope, now = new Date() }: { scope: DashboardScope; now?: Date }): Promise<Dashboard> {
  const today = utcToday(now);
  const year = today.getUTCFullYear();
  const startOfYear = new Date(Date.UTC(year, 0, 1));
  const { organizationId, companyIds } = scope;
  const companyId = { in: companyIds };
  const actionWhere = { AND: [companiesActionWhere(scope), { status: { notIn: ["CANCELLED" as const, "DRAFT" as const] } }] };

  const [[actions], monthRows, trainedRows, spending, [money], documentsToSign, [tickets], nextSlots] = await Promise.all([
    // The company's actions as a union of its seats' actions and its INTRA ones: an OR of both over every
    // action of the organisation costs ten times more on a large tenant.
    db.$queryRaw<{ upcoming: number; inProgress: number; doneThisYear: number }[]>`
      SELECT count(*) FILTER (WHERE a."startDate" > ${today})::int AS "upcoming",
             count(*) FILTER (WHERE a."startDate" <= ${today} AND a."endDate" >= ${today})::int AS "inProgress",
             count(*) FILTER (WHERE a."endDate" < ${today} AND a."endDate" >= ${startOfYear})::int AS "doneThisYear"
      FROM "TrainingAction" a
      WHERE a."organizationId" = ${organizationId} AND a."status" NOT IN ('CANCELLED', 'DRAFT')
        AND a."id" IN (
          SELECT e."actionId" FROM "Enrolment" e
          WHERE e."organizationId" = ${organizationId} AND e."companyId" = ANY(${companyIds}) AND e."status" <> 'CANCELLED'
          UNION ALL
          SELECT i."id" FROM "TrainingAction" i
          WHERE i."organizationId" = ${organizationId} AND i."type" = 'INTRA' AND i."companyId" = ANY(${companyIds}))`,
    db.$queryRaw<MonthRow[]>`
      SELECT EXTRACT(YEAR FROM "month")::int AS "year", EXTRACT(MONTH FROM "month")::int AS "month",
             sum("present")::int AS "present", sum("late")::int AS "late", sum("absent")::int AS "absent",
             sum("excused")::int AS "excused", sum("attendedSeconds")::float8 AS "attendedSeconds"
      FROM "CompanyAttendanceMonth"
      WHERE "organizationId" = ${organizationId} AND "companyId" = ANY(${companyIds})
      GROUP BY "month"`,
    // One row per company, year and participant; a seat's participant is always of the seat's company (the
    // composite foreign key), so rows of several companies are distinct people and count(*) is exact.
    db.$queryRaw<{ year: number; participants: number }[]>`
      SELECT "year", count(*)::int AS "participants"
      FROM "CompanyTrainedParticipant"
      WHERE "organizationId" = ${organizationId} AND "companyId" = ANY(${companyIds}) AND "year" IN (${year}, ${year - 1})
      GROUP BY "year"`,
    db.$queryRaw<{ year: number; total: number }[]>`
      SELECT EXTRACT(YEAR FROM "month")::int AS "year", sum("totalInclTaxCents")::float8 AS "total"
      FROM "CompanySpendingMonth"
      WHERE "organizationId" = ${organizationId} AND "companyId" = ANY(${companyIds})
      GROUP BY 1 ORDER BY 1`,
    // The money still to settle in one statement: the company's unpaid invoices (its funders' are theirs), and fundings not yet refused or paid.
    db.$queryRaw<(Dashboard["invoices"] & Dashboard["fundings"])[]>`
      SELECT i.*, f.* FROM (
        SELECT count(*)::int AS "unpaidCount", coalesce(sum("totalInclTaxCents" - "paidCents"), 0)::float8 AS "unpaidCents",
               count(*) FILTER (WHERE "dueDate" < ${today})::int AS "overdueCount",
               coalesce(sum("totalInclTaxCents" - "paidCents") FILTER (WHERE "dueDate" < ${today}), 0)::float8 AS "overdueCents"
        FROM "Invoice"
        WHERE "organizationId" = ${organizationId} AND "companyId" = ANY(${companyIds})
          AND "kind" = 'INVOICE' AND "fundingId" IS NULL AND "cancelledAt" IS NULL AND "paidCents" < "totalInclTaxCents") i
      CROSS JOIN (
        SELECT count(*)::int AS "pendingCount", coalesce(sum("amountCents"), 0)::float8 AS "pendingCents",
               count(*) FILTER (WHERE "status" = 'TO_REQUEST')::int AS "toRequestCount"
        FROM "Funding"
        WHERE "organizationId" = ${organizationId} AND "companyId" = ANY(${companyIds})
          AND "status" IN ('TO_REQUEST', 'REQUESTED', 'GRANTED')) f`,
    db.signatureRequest.count({ where: { organizationId, companyId, ...signableRequestWhere(now) } }),
    db.$queryRaw<{ open: number; awaitingCompany: number }[]>`
      SELECT count(*)::int AS "open", count(*) FILTER (WHERE ${ticketAwaitsCompanySql(Prisma.raw('t."id"'))})::int AS "awaitingCompany"
      FROM "QualityTicket" t
      WHERE t."organizationId" = ${organizationId} AND t."companyId" = ANY(${companyIds}) AND t."status" NOT IN ('RESOLVED', 'CLOSED')`,
    db.slot.findMany({
      where: { organizationId, startsAt: { gte: now }, action: actionWhere },
      orderBy: { startsAt: "asc" },
      take: 5,
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        action: { select: { id: true, title: true } },
        location: { select: { name: true } },
        trainer: { select: { firstName: true, lastName: true } },
      },
    }),
  ]);

  const attendance = { ...EMPTY_COUNTS };
  for (const row of monthRows) {
    attendance.present += row.present;
    attendance.late += row.late;
    attendance.absent += row.absent;
    attendance.excused += row.excused;
  }
  const secondsIn = (rows: MonthRow[]) => rows.reduce((total, row) => total + row.attendedSeconds, 0);
  return {
    year,
    actions,
    trained: [year, year - 1].map((y) => ({
      year: y,
      participants: trainedRows.find((row) => row.year === y)?.participants ?? 0,
      hours: hoursOf(secondsIn(monthRows.filter((row) => row.year === y))),
    })),
    hoursPerMonth: Array.from({ length: 12 }, (_, index) => ({
      month: index + 1,
      hours: hoursOf(secondsIn(monthRows.filter((row) => row.year === year && row.month === index + 1))),
    })),
    attendance,
    attendanceRate: attendanceRate(attendance),
    documentsToSign,
    invoices: {
      unpaidCount: money.unpaidCount,
      unpaidCents: money.unpaidCents,
      overdueCount: money.overdueCount,
      overdueCents: money.overdueCents,
    },
    fundings: { pendingCount: money.pendingCount, pendingCents: money.pendingCents, toRequestCount: money.toRequestCount },
    spendingPerYear: spending.map((row) => ({ year: row.year, totalInclTaxCents: row.total })),
    openTickets: tickets.open,
    ticketsAwaitingCompany: tickets.awaitingCompany,
    nextSlots: nextSlots.map((slot) => ({
      id: slot.id,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      actionId: slot.action.id,
      actionTitle: slot.action.title,
      locationName: slot.location?.name ?? null,
      trainerName: slot.trainer ? `${slot.trainer.firstName} ${slot.trainer.lastName}` : null,
    })),
  };
}
