import "server-only";
import { db } from "../db";
import type { ContactContext } from "../auth/require-contact";
import type { AttendanceStatus } from "../generated/prisma/enums";
import { companyScope } from "../tenancy/company-scope";
import { attendanceRate, foldStatusCounts, type AttendanceCounts } from "../trainings/attendance-rate";
import { companyActionWhere } from "../trainings/company-action-where";
import { utcToday } from "../trainings/utc-today";

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
  spendingPerYear: { year: number; totalInclTaxCents: number }[];
  openTickets: number;
  nextSlots: DashboardSlot[];
}

interface TrainedRow {
  year: number;
  participants: bigint;
  hours: number | null;
}

/** The dashboard's indicators: a fixed number of queries whatever the company's size, every figure computed by the database. */
export async function getDashboard({ context, now = new Date() }: { context: ContactContext; now?: Date }): Promise<Dashboard> {
  const today = utcToday(now);
  const year = today.getUTCFullYear();
  const startOfYear = new Date(Date.UTC(year, 0, 1));
  const startOfLastYear = new Date(Date.UTC(year - 1, 0, 1));
  const endOfYear = new Date(Date.UTC(year + 1, 0, 1));
  const scope = companyScope(context);
  const actionWhere = companyActionWhere(context);
  const notCancelled = { status: { notIn: ["CANCELLED" as const, "DRAFT" as const] } };
  const unpaidBase = { ...scope, kind: "INVOICE" as const, cancelledAt: null, paidCents: { lt: db.invoice.fields.totalInclTaxCents } };

  const [
    upcoming,
    inProgress,
    doneThisYear,
    trainedRows,
    monthRows,
    perStatus,
    documentsToSign,
    unpaid,
    overdue,
    spending,
    openTickets,
    nextSlots,
  ] = await Promise.all([
    db.trainingAction.count({ where: { AND: [actionWhere, notCancelled, { startDate: { gt: today } }] } }),
    db.trainingAction.count({ where: { AND: [actionWhere, notCancelled, { startDate: { lte: today }, endDate: { gte: today } }] } }),
    db.trainingAction.count({ where: { AND: [actionWhere, notCancelled, { endDate: { lt: today, gte: startOfYear } }] } }),
    db.$queryRaw<TrainedRow[]>`
      SELECT EXTRACT(YEAR FROM s."startsAt")::int AS year,
             COUNT(DISTINCT e."participantId") AS participants,
             (SUM(EXTRACT(EPOCH FROM (s."endsAt" - s."startsAt"))) / 3600)::float8 AS hours
      FROM "Attendance" a
      JOIN "Slot" s ON s."id" = a."slotId"
      JOIN "Enrolment" e ON e."id" = a."enrolmentId"
      WHERE a."organizationId" = ${scope.organizationId} AND a."companyId" = ${scope.companyId}
        AND e."companyId" = ${scope.companyId} AND a."status" IN ('PRESENT', 'LATE') AND e."status" <> 'CANCELLED'
        AND s."startsAt" >= ${startOfLastYear} AND s."startsAt" < ${endOfYear}
      GROUP BY 1`,
    db.$queryRaw<{ month: number; hours: number | null }[]>`
      SELECT EXTRACT(MONTH FROM s."startsAt")::int AS month,
             (SUM(EXTRACT(EPOCH FROM (s."endsAt" - s."startsAt"))) / 3600)::float8 AS hours
      FROM "Attendance" a
      JOIN "Slot" s ON s."id" = a."slotId"
      JOIN "Enrolment" e ON e."id" = a."enrolmentId"
      WHERE a."organizationId" = ${scope.organizationId} AND a."companyId" = ${scope.companyId}
        AND e."companyId" = ${scope.companyId} AND a."status" IN ('PRESENT', 'LATE') AND e."status" <> 'CANCELLED'
        AND s."startsAt" >= ${startOfYear} AND s."startsAt" < ${endOfYear}
      GROUP BY 1`,
    // A join on the company's seats (not Prisma's `enrolmentId IN (…)`): 6× faster on the large tenant.
    db.$queryRaw<{ status: AttendanceStatus; count: bigint }[]>`
      SELECT a."status", COUNT(*) AS count
      FROM "Attendance" a JOIN "Enrolment" e ON e."id" = a."enrolmentId"
      WHERE a."organizationId" = ${scope.organizationId} AND a."companyId" = ${scope.companyId}
        AND e."companyId" = ${scope.companyId} AND e."status" <> 'CANCELLED'
      GROUP BY 1`,
    db.signatureRequest.count({ where: { ...scope, status: { in: ["PENDING", "VIEWED"] } } }),
    db.invoice.aggregate({ where: unpaidBase, _count: { _all: true }, _sum: { totalInclTaxCents: true, paidCents: true } }),
    db.invoice.aggregate({
      where: { ...unpaidBase, dueDate: { lt: today } },
      _count: { _all: true },
      _sum: { totalInclTaxCents: true, paidCents: true },
    }),
    db.$queryRaw<{ year: number; total: bigint | null }[]>`
      SELECT EXTRACT(YEAR FROM "issueDate")::int AS year, SUM("totalInclTaxCents") AS total
      FROM "Invoice" WHERE "organizationId" = ${scope.organizationId} AND "companyId" = ${scope.companyId}
      GROUP BY 1 ORDER BY 1`,
    db.qualityTicket.count({ where: { ...scope, status: { notIn: ["RESOLVED", "CLOSED"] } } }),
    db.slot.findMany({
      where: { organizationId: context.organizationId, startsAt: { gte: now }, action: { AND: [actionWhere, notCancelled] } },
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

  const attendance = foldStatusCounts(perStatus.map((row) => ({ status: row.status, _count: { _all: Number(row.count) } })));
  const remaining = (sum: { _sum: { totalInclTaxCents: number | null; paidCents: number | null } }) =>
    (sum._sum.totalInclTaxCents ?? 0) - (sum._sum.paidCents ?? 0);
  return {
    year,
    actions: { upcoming, inProgress, doneThisYear },
    trained: [year, year - 1].map((y) => {
      const row = trainedRows.find((candidate) => candidate.year === y);
      return { year: y, participants: Number(row?.participants ?? 0), hours: Math.round((row?.hours ?? 0) * 10) / 10 };
    }),
    hoursPerMonth: Array.from({ length: 12 }, (_, index) => ({
      month: index + 1,
      hours: Math.round((monthRows.find((row) => row.month === index + 1)?.hours ?? 0) * 10) / 10,
    })),
    attendance,
    attendanceRate: attendanceRate(attendance),
    documentsToSign,
    invoices: {
      unpaidCount: unpaid._count._all,
      unpaidCents: remaining(unpaid),
      overdueCount: overdue._count._all,
      overdueCents: remaining(overdue),
    },
    spendingPerYear: spending.map((row) => ({ year: row.year, totalInclTaxCents: Number(row.total ?? 0) })),
    openTickets,
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
