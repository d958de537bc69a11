// The dashboard's monthly rollups are kept by database triggers: after every kind of write (records, their
// corrections and deletions, seats cancelled or deleted, slots moved or deleted, invoices changed), they
// must equal the figures computed from the raw rows, and the dashboard must show those figures.
import { companyDashboardScope, groupDashboardScope } from "@/lib/dashboard/dashboard-scope";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { db } from "@/lib/db";
import { DEMO_ORGANIZATIONS } from "../support/demo";

const run = `r${Date.now().toString(36)}`;
const organizationId = DEMO_ORGANIZATIONS.formapro.id;
const NOW = new Date("2026-06-15T12:00:00Z");

interface Figures {
  months: Record<string, { present: number; late: number; absent: number; excused: number; attendedSeconds: number }>;
  trained: Record<string, number>;
  spending: Record<string, number>;
}

/** What the rollups must hold for a company, computed from the raw rows. */
async function rawFigures(companyId: string): Promise<Figures> {
  const months = await db.$queryRaw<{ month: string; present: number; late: number; absent: number; excused: number; seconds: number }[]>`
    SELECT to_char(s."startsAt", 'YYYY-MM') AS "month",
           count(*) FILTER (WHERE a."status" = 'PRESENT')::int AS "present", count(*) FILTER (WHERE a."status" = 'LATE')::int AS "late",
           count(*) FILTER (WHERE a."status" = 'ABSENT')::int AS "absent", count(*) FILTER (WHERE a."status" = 'EXCUSED')::int AS "excused",
           coalesce(sum(EXTRACT(EPOCH FROM (s."endsAt" - s."startsAt"))) FILTER (WHERE a."status" IN ('PRESENT', 'LATE')), 0)::float8 AS "seconds"
    FROM "Attendance" a JOIN "Slot" s ON s."id" = a."slotId" JOIN "Enrolment" e ON e."id" = a."enrolmentId"
    WHERE a."companyId" = ${companyId} AND e."companyId" = ${companyId} AND e."status" <> 'CANCELLED'
    GROUP BY 1`;
  const trained = await db.$queryRaw<{ year: number; participants: number }[]>`
    SELECT EXTRACT(YEAR FROM s."startsAt")::int AS "year", count(DISTINCT e."participantId")::int AS "participants"
    FROM "Attendance" a JOIN "Slot" s ON s."id" = a."slotId" JOIN "Enrolment" e ON e."id" = a."enrolmentId"
    WHERE a."companyId" = ${companyId} AND e."companyId" = ${companyId} AND e."status" <> 'CANCELLED' AND a."status" IN ('PRESENT', 'LATE')
    GROUP BY 1`;
  const spending = await db.$queryRaw<{ month: string; total: number }[]>`
    SELECT to_char("issueDate", 'YYYY-MM') AS "month", sum("totalInclTaxCents")::float8 AS "total"
    FROM "Invoice" WHERE "companyId" = ${companyId} AND "fundingId" IS NULL GROUP BY 1`;
  return {
    months: Object.fromEntries(months.map(({ month, seconds, ...counts }) => [month, { ...counts, attendedSeconds: seconds }] as const)),
    trained: Object.fromEntries(trained.map((row) => [String(row.year), row.participants])),
    spending: Object.fromEntries(spending.filter((row) => row.total !== 0).map((row) => [row.month, row.total])),
  };
}

/** The rollups as stored; both sides leave out empty months (a decrement leaves its row at zero). */
async function rolledUp(companyId: string): Promise<Figures> {
  const [months, trained, spending] = await Promise.all([
    db.companyAttendanceMonth.findMany({ where: { organizationId, companyId } }),
    db.companyTrainedParticipant.groupBy({ by: ["year"], where: { organizationId, companyId }, _count: { _all: true } }),
    db.companySpendingMonth.findMany({ where: { organizationId, companyId } }),
  ]);
  const key = (date: Date) => date.toISOString().slice(0, 7);
  return {
    months: Object.fromEntries(
      months
        .filter((row) => row.present + row.late + row.absent + row.excused > 0)
        .map((row) => [
          key(row.month),
          { present: row.present, late: row.late, absent: row.absent, excused: row.excused, attendedSeconds: Number(row.attendedSeconds) },
        ]),
    ),
    trained: Object.fromEntries(trained.map((row) => [String(row.year), row._count._all])),
    spending: Object.fromEntries(
      spending.filter((row) => row.totalInclTaxCents !== BigInt(0)).map((row) => [key(row.month), Number(row.totalInclTaxCents)]),
    ),
  };
}

async function expectRollupsToMatch(companyId: string): Promise<Figures> {
  const raw = await rawFigures(companyId);
  expect(await rolledUp(companyId)).toEqual(raw);
  return raw;
}

let companyId = "";
let subsidiaryId = "";
const slots: string[] = [];
const seats: Record<"A" | "B" | "C", { enrolmentId: string; participantId: string }> = {} as never;
let actionId = "";

async function createAction(number: string, days: string[]) {
  const action = await db.trainingAction.create({
    data: {
      organizationId,
      number,
      type: "INTER",
      status: "IN_PROGRESS",
      title: `Rollup ${run}`,
      startDate: new Date(`${days[0]}T00:00:00Z`),
      endDate: new Date(`${days.at(-1)}T00:00:00Z`),
      durationHours: 7 * days.length,
      maxPlaces: 10,
    },
  });
  const created = [];
  for (const day of days)
    created.push(
      await db.slot.create({
        data: { organizationId, actionId: action.id, startsAt: new Date(`${day}T08:00:00Z`), endsAt: new Date(`${day}T11:30:00Z`) },
      }),
    );
  return { action, slots: created.map((slot) => slot.id) };
}

beforeAll(async () => {
  const company = await db.company.create({ data: { organizationId, name: `Rollup ${run}` } });
  const subsidiary = await db.company.create({ data: { organizationId, name: `Rollup ${run} filiale`, parentId: company.id } });
  companyId = company.id;
  subsidiaryId = subsidiary.id;
  // Slots on both sides of a month's end and of a year's end, so moves change the month and the year.
  const created = await createAction(`ADF_${run}`, ["2025-12-31", "2026-01-30", "2026-01-31", "2026-06-01"]);
  actionId = created.action.id;
  slots.push(...created.slots);
  for (const key of ["A", "B", "C"] as const) {
    const participant = await db.participant.create({ data: { organizationId, companyId, firstName: key, lastName: `Rollup${run}` } });
    const enrolment = await db.enrolment.create({
      data: { organizationId, actionId, companyId, participantId: participant.id, status: "CONFIRMED" },
    });
    seats[key] = { enrolmentId: enrolment.id, participantId: participant.id };
  }
});

afterAll(async () => {
  await db.trainingAction.deleteMany({ where: { organizationId, number: { startsWith: `ADF_${run}` } } });
  await db.invoice.deleteMany({ where: { organizationId, number: { startsWith: `${run}-` } } });
  await db.participant.deleteMany({ where: { organizationId, lastName: `Rollup${run}` } });
  await db.company.deleteMany({ where: { organizationId, id: { in: [subsidiaryId, companyId] } } });
  await db.$disconnect();
});

const record = (key: "A" | "B" | "C", slot: number, status: "PRESENT" | "LATE" | "ABSENT" | "EXCUSED") => ({
  organizationId,
  companyId,
  slotId: slots[slot],
  enrolmentId: seats[key].enrolmentId,
  status,
});

describe("dashboard rollups", () => {
  it("follow a series of attendance writes, corrections and deletions", async () => {
    await db.attendance.createMany({
      data: [
        record("A", 0, "PRESENT"),
        record("A", 1, "LATE"),
        record("A", 2, "ABSENT"),
        record("B", 1, "PRESENT"),
        record("B", 2, "EXCUSED"),
      ],
    });
    await db.attendance.create({ data: record("C", 3, "PRESENT") });
    let raw = await expectRollupsToMatch(companyId);
    expect(raw.months["2026-01"]).toEqual({ present: 1, late: 1, absent: 1, excused: 1, attendedSeconds: 2 * 3.5 * 3600 });
    expect(raw.trained).toEqual({ "2025": 1, "2026": 3 });

    // Corrections: a status changed, then set back; one record moved to another slot.
    const late = await db.attendance.findFirstOrThrow({ where: { companyId, enrolmentId: seats.A.enrolmentId, slotId: slots[1] } });
    await db.attendance.update({ where: { id: late.id }, data: { status: "ABSENT" } });
    await expectRollupsToMatch(companyId);
    await db.attendance.update({ where: { id: late.id }, data: { status: "PRESENT" } });
    const moved = await db.attendance.findFirstOrThrow({ where: { companyId, enrolmentId: seats.C.enrolmentId } });
    await db.attendance.update({ where: { id: moved.id }, data: { slotId: slots[2] } });
    await expectRollupsToMatch(companyId);

    // A slot moved across a month's end, then across a year's end: its records move with it.
    await db.slot.update({
      where: { id: slots[2] },
      data: { startsAt: new Date("2026-02-01T08:00:00Z"), endsAt: new Date("2026-02-01T12:00:00Z") },
    });
    raw = await expectRollupsToMatch(companyId);
    expect(raw.months["2026-02"]?.present).toBe(1);
    await db.slot.update({ where: { id: slots[1] }, data: { startsAt: new Date("2025-12-30T08:00:00Z") } });
    await expectRollupsToMatch(companyId);

    // Seats: one cancelled (its records leave every figure), reinstated, then deleted with its records.
    await db.enrolment.update({ where: { id: seats.B.enrolmentId }, data: { status: "CANCELLED" } });
    raw = await expectRollupsToMatch(companyId);
    expect(raw.months["2026-01"]?.excused ?? 0).toBe(0);
    await db.enrolment.update({ where: { id: seats.B.enrolmentId }, data: { status: "PENDING" } });
    await expectRollupsToMatch(companyId);
    await db.enrolment.delete({ where: { id: seats.B.enrolmentId } });
    await expectRollupsToMatch(companyId);

    // A record deleted, a slot deleted with its records.
    await db.attendance.delete({ where: { id: late.id } });
    await expectRollupsToMatch(companyId);
    await db.slot.delete({ where: { id: slots[0] } });
    raw = await expectRollupsToMatch(companyId);
    expect(raw.trained["2025"]).toBeUndefined();
  });

  it("follow invoices and credit notes created, corrected, moved and deleted", async () => {
    const invoice = (sequence: number, issueDate: string, totalInclTaxCents: number, kind: "INVOICE" | "CREDIT_NOTE" = "INVOICE") => ({
      organizationId,
      companyId,
      kind,
      sequence: 900_000_000 + sequence,
      number: `${run}-${sequence}`,
      issueDate: new Date(issueDate),
      dueDate: new Date(issueDate),
      totalExclTaxCents: totalInclTaxCents,
      vatCents: 0,
      totalInclTaxCents,
    });
    const sequence = Number(Date.now() % 1_000_000) * 10;
    const first = await db.invoice.create({ data: invoice(sequence + 1, "2025-12-15", 120_000) });
    const second = await db.invoice.create({ data: invoice(sequence + 2, "2026-01-10", 60_000) });
    await db.invoice.create({ data: invoice(sequence + 3, "2026-01-20", -60_000, "CREDIT_NOTE") });
    await expectRollupsToMatch(companyId);
    await db.invoice.update({ where: { id: first.id }, data: { totalInclTaxCents: 130_000 } });
    await db.invoice.update({ where: { id: second.id }, data: { issueDate: new Date("2026-03-01") } });
    await expectRollupsToMatch(companyId);
    await db.invoice.delete({ where: { id: second.id } });

    // A subrogated funder's invoice is not the company's spending, even when it is moved or its funder changes.
    const funding = await db.funding.create({
      data: {
        organizationId,
        companyId,
        actionId,
        enrolmentId: seats.A.enrolmentId,
        funderKind: "OPCO",
        opco: "AKTO",
        amountCents: 50_000,
        status: "GRANTED",
        subrogation: true,
      },
    });
    const funderInvoice = await db.invoice.create({ data: { ...invoice(sequence + 4, "2025-12-20", 50_000), fundingId: funding.id } });
    await expectRollupsToMatch(companyId);
    await db.invoice.update({ where: { id: funderInvoice.id }, data: { fundingId: null } });
    expect((await expectRollupsToMatch(companyId)).spending["2025-12"]).toBe(180_000);
    await db.invoice.update({ where: { id: funderInvoice.id }, data: { fundingId: funding.id, issueDate: new Date("2026-01-05") } });
    await db.invoice.delete({ where: { id: funderInvoice.id } });
    await db.funding.delete({ where: { id: funding.id } });
    const raw = await expectRollupsToMatch(companyId);
    expect(raw.spending).toEqual({ "2025-12": 130_000, "2026-01": -60_000 });
  });

  it("give the dashboard the raw figures, for one company and for a group", async () => {
    const raw = await rawFigures(companyId);
    const dashboard = await getDashboard({
      scope: companyDashboardScope({ organizationId, company: { id: companyId, name: "" } }),
      now: NOW,
    });
    const months = Object.entries(raw.months);
    const sum = (field: "present" | "late" | "absent" | "excused") => months.reduce((total, [, row]) => total + row[field], 0);
    expect(dashboard.attendance).toEqual({
      present: sum("present"),
      late: sum("late"),
      absent: sum("absent"),
      excused: sum("excused"),
      notRecorded: 0,
    });
    const hours = (prefix: string) =>
      Math.round(
        (months.filter(([month]) => month.startsWith(prefix)).reduce((total, [, row]) => total + row.attendedSeconds, 0) / 3600) * 10,
      ) / 10;
    expect(dashboard.trained).toEqual([
      { year: 2026, participants: raw.trained["2026"] ?? 0, hours: hours("2026") },
      { year: 2025, participants: raw.trained["2025"] ?? 0, hours: hours("2025") },
    ]);
    expect(dashboard.hoursPerMonth[1]).toEqual({ month: 2, hours: hours("2026-02") });
    expect(dashboard.spendingPerYear).toEqual([
      { year: 2025, totalInclTaxCents: 130_000 },
      { year: 2026, totalInclTaxCents: -60_000 },
    ]);

    // The subsidiary's participant trained in 2026 adds one to the group, not to the parent company alone.
    const participant = await db.participant.create({
      data: { organizationId, companyId: subsidiaryId, firstName: "D", lastName: `Rollup${run}` },
    });
    const seat = await db.enrolment.create({
      data: { organizationId, actionId, companyId: subsidiaryId, participantId: participant.id, status: "CONFIRMED" },
    });
    await db.attendance.create({
      data: { organizationId, companyId: subsidiaryId, slotId: slots[3], enrolmentId: seat.id, status: "LATE" },
    });
    await expectRollupsToMatch(subsidiaryId);
    const group = await getDashboard({
      scope: groupDashboardScope({
        organizationId,
        companies: [
          { id: companyId, name: "" },
          { id: subsidiaryId, name: "" },
        ],
      }),
      now: NOW,
    });
    expect(group.trained[0].participants).toBe(dashboard.trained[0].participants + 1);
    expect(group.attendance.late).toBe(dashboard.attendance.late + 1);
    expect(group.actions.inProgress).toBe(dashboard.actions.inProgress);
    await db.enrolment.delete({ where: { id: seat.id } });
  });
});
