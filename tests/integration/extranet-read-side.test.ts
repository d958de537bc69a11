jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);
jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));

import { idleState } from "@/lib/actions/action-state";
import { PREVIEW_COMPANY_COOKIE, requireContact } from "@/lib/auth/require-contact";
import { requireStaff } from "@/lib/auth/require-staff";
import { selectCompany } from "@/lib/auth/select-company-action";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar/calendar-feed-actions";
import { hashCalendarFeedToken } from "@/lib/calendar/calendar-feed-token";
import { listCalendarSlots } from "@/lib/calendar/list-calendar-slots";
import { resolveCalendarFeed } from "@/lib/calendar/resolve-calendar-feed";
import { companyDashboardScope } from "@/lib/dashboard/dashboard-scope";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { db } from "@/lib/db";
import { getInvoice } from "@/lib/invoices/get-invoice";
import { listInvoices } from "@/lib/invoices/list-invoices";
import { getParticipant } from "@/lib/participants/get-participant";
import { listParticipants } from "@/lib/participants/list-participants";
import { startPreview } from "@/lib/preview/start-preview";
import { getCurrentSite } from "@/lib/tenancy/get-current-site";
import { parseActionFilters } from "@/lib/trainings/action-filters";
import { attendanceRate } from "@/lib/trainings/attendance-rate";
import { getCompanyAction } from "@/lib/trainings/get-company-action";
import { listCompanyActions } from "@/lib/trainings/list-company-actions";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { isNotFound, redirectTarget, simulateRequest } from "../support/next-request-mock";
const NOW = new Date("2026-06-15T12:00:00Z");
const run = `t${Date.now().toString(36)}`;
const formapro = DEMO_ORGANIZATIONS.formapro.id;
const martin = DEMO_COMPANIES.groupeMartin.id;
const riviere = DEMO_COMPANIES.transportsRiviere.id;

async function asMartin() {
  simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
  return requireContact();
}
async function asRiviere() {
  simulateRequest({ host: DEMO_HOSTS.formaproNantes, identity: await demoIdentity("transportsRiviereContact") });
  return requireContact();
}
async function asPharmacie() {
  simulateRequest({ host: DEMO_HOSTS.horizon, identity: await demoIdentity("pharmacieDuParcContact") });
  return requireContact();
}

/**
 * Hand-computed fixture: an INTER action of Formapro with 4 slots (3 ended, 1 to come), for Groupe Martin:
 *   A confirmed: PRESENT, LATE, ABSENT                       → 2 attended / 3 expected = 66.7 %
 *   B confirmed: EXCUSED, PRESENT, (slot 3 not recorded)     → 1 / 1 = 100 % (excused leaves the denominator)
 *   C cancelled: ABSENT, ABSENT (rows kept)                  → left out entirely
 * and Transports Rivière's D confirmed: ABSENT ×3 — never seen by Groupe Martin.
 * Groupe Martin's action rate: present 2, late 1, absent 1, excused 1, not recorded 1 → 3 / 4 = 75 %.
 */
const fixture = {
  actionId: "",
  intraId: "",
  slots: [] as string[],
  participants: {} as Record<"A" | "B" | "C" | "D", string>,
  enrolments: {} as Record<"A" | "B" | "C" | "D", string>,
};

beforeAll(async () => {
  const [trainer, location, module] = await Promise.all([
    db.trainer.findFirstOrThrow({ where: { organizationId: formapro } }),
    db.location.findFirstOrThrow({ where: { organizationId: formapro } }),
    db.module.findFirstOrThrow({ where: { organizationId: formapro } }),
  ]);
  const action = await db.trainingAction.create({
    data: {
      organizationId: formapro,
      number: `ADF_${run}`,
      type: "INTER",
      status: "IN_PROGRESS",
      title: `Fixture ${run}`,
      locationId: location.id,
      startDate: new Date("2026-06-10"),
      endDate: new Date("2026-06-20"),
      durationHours: 28,
      maxPlaces: 12,
    },
  });
  fixture.actionId = action.id;
  await db.actionModule.create({ data: { organizationId: formapro, actionId: action.id, moduleId: module.id } });
  await db.actionTrainer.create({ data: { organizationId: formapro, actionId: action.id, trainerId: trainer.id } });
  for (const [index, day] of ["2026-06-10", "2026-06-11", "2026-06-12", "2026-06-19"].entries()) {
    const slot = await db.slot.create({
      data: {
        organizationId: formapro,
        actionId: action.id,
        trainerId: trainer.id,
        locationId: location.id,
        moduleId: module.id,
        startsAt: new Date(`${day}T07:00:00Z`),
        endsAt: new Date(`${day}T14:00:00Z`),
      },
    });
    fixture.slots[index] = slot.id;
  }
  const seats = { A: [martin, "CONFIRMED"], B: [martin, "CONFIRMED"], C: [martin, "CANCELLED"], D: [riviere, "CONFIRMED"] } as const;
  for (const [key, [companyId, status]] of Object.entries(seats) as [keyof typeof seats, (typeof seats)[keyof typeof seats]][]) {
    const participant = await db.participant.create({
      data: { organizationId: formapro, companyId, firstName: key, lastName: `Fixture${run}` },
    });
    const enrolment = await db.enrolment.create({
      data: { organizationId: formapro, actionId: action.id, companyId, participantId: participant.id, status },
    });
    fixture.participants[key] = participant.id;
    fixture.enrolments[key] = enrolment.id;
  }
  const records: [keyof typeof seats, number, "PRESENT" | "LATE" | "ABSENT" | "EXCUSED"][] = [
    ["A", 0, "PRESENT"],
    ["A", 1, "LATE"],
    ["A", 2, "ABSENT"],
    ["B", 0, "EXCUSED"],
    ["B", 1, "PRESENT"],
    ["C", 0, "ABSENT"],
    ["C", 1, "ABSENT"],
    ["D", 0, "ABSENT"],
    ["D", 1, "ABSENT"],
    ["D", 2, "ABSENT"],
  ];
  await db.attendance.createMany({
    data: records.map(([key, slot, status]) => ({
      organizationId: formapro,
      companyId: seats[key][0],
      slotId: fixture.slots[slot],
      enrolmentId: fixture.enrolments[key],
      status,
    })),
  });
  const intra = await db.trainingAction.create({
    data: {
      organizationId: formapro,
      companyId: riviere,
      number: `ADF_${run}_INTRA`,
      type: "INTRA",
      title: `Intra ${run}`,
      startDate: new Date("2026-09-01"),
      endDate: new Date("2026-09-02"),
      durationHours: 14,
      maxPlaces: 10,
    },
  });
  fixture.intraId = intra.id;
});

afterAll(async () => {
  await db.trainingAction.deleteMany({ where: { organizationId: formapro, number: { startsWith: `ADF_${run}` } } });
  await db.participant.deleteMany({ where: { organizationId: formapro, lastName: `Fixture${run}` } });
  await db.$disconnect();
});

describe("attendance rates against the hand-computed fixture", () => {
  it("defines the rate: late attends, excused leaves the denominator, nothing to count is no rate", () => {
    expect(attendanceRate({ present: 1, late: 1, absent: 2 })).toBe(0.5);
    expect(attendanceRate({ present: 0, late: 0, absent: 0 })).toBeNull();
  });

  it("shows the action with the company's seats only, per-slot records, per-seat and action rates", async () => {
    const detail = await getCompanyAction({ context: await asMartin(), actionId: fixture.actionId, now: NOW });
    expect(detail.seats.map((seat) => seat.name).sort()).toEqual([`A Fixture${run}`, `B Fixture${run}`, `C Fixture${run}`]);
    const seat = (key: "A" | "B" | "C") => detail.seats.find((candidate) => candidate.enrolmentId === fixture.enrolments[key])!;
    expect(seat("A").counts).toEqual({ present: 1, late: 1, absent: 1, excused: 0, notRecorded: 0 });
    expect(seat("A").rate).toBeCloseTo(2 / 3);
    expect(seat("B").counts).toEqual({ present: 1, late: 0, absent: 0, excused: 1, notRecorded: 1 });
    expect(seat("B").rate).toBe(1);
    expect(seat("B").attendance[fixture.slots[2]]).toBeUndefined();
    expect(seat("C").rate).toBeNull();
    expect(detail.counts).toEqual({ present: 2, late: 1, absent: 1, excused: 1, notRecorded: 1 });
    expect(detail.rate).toBe(0.75);
    expect(detail.slots).toHaveLength(4);
    expect(detail.trainers).toHaveLength(1);
    expect(detail.modules).toHaveLength(1);
  });

  it("gives another company of the same organisation its own seat and rate only", async () => {
    const detail = await getCompanyAction({ context: await asRiviere(), actionId: fixture.actionId, now: NOW });
    expect(detail.seats.map((seat) => seat.enrolmentId)).toEqual([fixture.enrolments.D]);
    expect(detail.rate).toBe(0);
  });

  it("computes a participant's trainings and rate", async () => {
    const participant = await getParticipant({ context: await asMartin(), participantId: fixture.participants.A, now: NOW });
    expect(participant.trainings).toHaveLength(1);
    expect(participant.rate).toBeCloseTo(2 / 3);
    expect(participant.trainings[0].slots.map((slot) => slot.status)).toEqual(["PRESENT", "LATE", "ABSENT", null]);
    const cancelled = await getParticipant({ context: await asMartin(), participantId: fixture.participants.C, now: NOW });
    expect(cancelled.rate).toBeNull();
  });

  it("adds exactly the fixture's records to the company's overall counts (cancelled seat left out)", async () => {
    const context = await asMartin();
    const withFixture = await getDashboard({ scope: companyDashboardScope(context), now: NOW });
    const base = await db.attendance.groupBy({
      by: ["status"],
      where: {
        companyId: martin,
        enrolment: { status: { not: "CANCELLED" } },
        enrolmentId: { notIn: [fixture.enrolments.A, fixture.enrolments.B] },
      },
      _count: { _all: true },
      orderBy: { status: "asc" },
    });
    const count = (status: string) => base.find((row) => row.status === status)?._count._all ?? 0;
    expect(withFixture.attendance.present).toBe(count("PRESENT") + 2);
    expect(withFixture.attendance.late).toBe(count("LATE") + 1);
    expect(withFixture.attendance.absent).toBe(count("ABSENT") + 1);
    expect(withFixture.attendance.excused).toBe(count("EXCUSED") + 1);
    expect(withFixture.actions.inProgress).toBeGreaterThanOrEqual(1);
    expect(withFixture.hoursPerMonth).toHaveLength(12);
  });
});

describe("trainings list", () => {
  it("lists the company's actions with filters, and never another company's INTRA", async () => {
    const martinContext = await asMartin();
    const found = await listCompanyActions({ context: martinContext, filters: parseActionFilters({ q: run }), now: NOW });
    expect(found.rows.map((row) => row.id)).toEqual([fixture.actionId]);
    expect(found.rows[0].companySeats).toBe(2);
    expect(
      (await listCompanyActions({ context: martinContext, filters: parseActionFilters({ q: run, period: "past" }), now: NOW })).total,
    ).toBe(0);
    expect(
      (await listCompanyActions({ context: martinContext, filters: parseActionFilters({ q: run, type: "INTRA" }), now: NOW })).total,
    ).toBe(0);
    const riviereList = await listCompanyActions({ context: await asRiviere(), filters: parseActionFilters({ q: run }), now: NOW });
    expect(riviereList.rows.map((row) => row.id).sort()).toEqual([fixture.actionId, fixture.intraId].sort());
  });

  it("paginates in the database", async () => {
    const context = await asMartin();
    const first = await listCompanyActions({ context, filters: parseActionFilters({}), now: NOW });
    expect(first.rows.length).toBeLessThanOrEqual(20);
    expect(first.pageCount).toBe(Math.max(1, Math.ceil(first.total / 20)));
  });
});

describe("not found for another company's or organisation's ids", () => {
  it("training detail", async () => {
    expect(await isNotFound(getCompanyAction({ context: await asMartin(), actionId: fixture.intraId }))).toBe(true);
    expect(await isNotFound(getCompanyAction({ context: await asPharmacie(), actionId: fixture.actionId }))).toBe(true);
  });

  it("participant", async () => {
    expect(await isNotFound(getParticipant({ context: await asMartin(), participantId: fixture.participants.D }))).toBe(true);
    expect(await isNotFound(getParticipant({ context: await asPharmacie(), participantId: fixture.participants.A }))).toBe(true);
    const list = await listParticipants({ context: await asMartin(), q: `Fixture${run}` });
    expect(list.rows.map((row) => row.firstName).sort()).toEqual(["A", "B", "C"]);
    // Seats that are not cancelled, counted for the rows of the page shown (C's seat is cancelled).
    expect(Object.fromEntries(list.rows.map((row) => [row.firstName, row.trainingCount]))).toEqual({ A: 1, B: 1, C: 0 });
  });

  it("invoice (and so its PDF route)", async () => {
    const foreignSameOrg = await db.invoice.findFirstOrThrow({ where: { companyId: riviere } });
    const foreignOrg = await db.invoice.findFirstOrThrow({ where: { companyId: DEMO_COMPANIES.pharmacieDuParc.id } });
    expect(await isNotFound(getInvoice({ context: await asMartin(), invoiceId: foreignSameOrg.id }))).toBe(true);
    expect(await isNotFound(getInvoice({ context: await asMartin(), invoiceId: foreignOrg.id }))).toBe(true);
    const own = await db.invoice.findFirstOrThrow({ where: { companyId: martin } });
    expect((await getInvoice({ context: await asMartin(), invoiceId: own.id })).number).toBe(own.number);
  });

  it("calendar slots stay within the company's actions", async () => {
    const martinSlots = await listCalendarSlots({ context: await asMartin(), from: new Date("2026-09-01"), to: new Date("2026-09-03") });
    expect(martinSlots.some((slot) => slot.actionId === fixture.intraId)).toBe(false);
    const riviereSlots = await listCalendarSlots({ context: await asRiviere(), from: new Date("2026-06-01"), to: new Date("2026-07-01") });
    expect(riviereSlots.filter((slot) => slot.actionId === fixture.actionId)).toHaveLength(4);
  });
});

describe("invoices: totals per year and status filters against a hand-computed fixture", () => {
  const year = 2001;
  beforeAll(async () => {
    const base = { organizationId: formapro, companyId: martin, issueDate: new Date("2001-01-10"), dueDate: new Date("2001-02-10") };
    const rows = [
      { key: "PAID", total: 1200, paid: 1200 },
      { key: "PARTLY", total: 600, paid: 200 },
      { key: "OVERDUE", total: 300, paid: 0 },
      { key: "CANCELLED", total: 500, paid: 0, cancelledAt: new Date("2001-01-20") },
      { key: "UNPAID", total: 240, paid: 0, dueDate: new Date("2099-01-01") },
    ];
    let sequence = 900_000 + Math.floor(Math.random() * 90_000);
    for (const row of rows) {
      const invoice = await db.invoice.create({
        data: {
          ...base,
          sequence: sequence++,
          number: `${run}-${row.key}`,
          totalExclTaxCents: row.total,
          vatCents: 0,
          totalInclTaxCents: row.total,
          paidCents: row.paid,
          cancelledAt: row.cancelledAt,
          ...(row.dueDate ? { dueDate: row.dueDate } : {}),
        },
      });
      if (row.key === "CANCELLED") {
        await db.invoice.create({
          data: {
            ...base,
            kind: "CREDIT_NOTE",
            creditedInvoiceId: invoice.id,
            sequence: sequence++,
            number: `${run}-CREDIT`,
            totalExclTaxCents: -500,
            vatCents: 0,
            totalInclTaxCents: -500,
          },
        });
      }
    }
  });
  afterAll(async () => {
    await db.invoice.deleteMany({ where: { organizationId: formapro, number: { startsWith: `${run}-` }, kind: "CREDIT_NOTE" } });
    await db.invoice.deleteMany({ where: { organizationId: formapro, number: { startsWith: `${run}-` } } });
  });

  it("totals the year net of credit notes, with what remains to pay", async () => {
    const list = await listInvoices({ context: await asMartin(), year, now: NOW });
    expect(list.years.find((row) => row.year === year)).toEqual({
      year,
      count: 6,
      totalExclTaxCents: 2340,
      totalInclTaxCents: 2340,
      paidCents: 1400,
      outstandingCents: 940,
    });
    expect(list.rows.map((row) => [row.number, row.status]).sort()).toEqual(
      [
        [`${run}-PAID`, "PAID"],
        [`${run}-PARTLY`, "PARTLY_PAID"],
        [`${run}-OVERDUE`, "OVERDUE"],
        [`${run}-CANCELLED`, "CANCELLED"],
        [`${run}-CREDIT`, "PAID"],
        [`${run}-UNPAID`, "UNPAID"],
      ].sort(),
    );
  });

  it("filters by payment status in the database", async () => {
    const context = await asMartin();
    const numbers = async (status: "PAID" | "PARTLY_PAID" | "UNPAID" | "OVERDUE" | "CANCELLED") =>
      (await listInvoices({ context, year, status, now: NOW })).rows.map((row) => row.number).sort();
    expect(await numbers("PAID")).toEqual([`${run}-CREDIT`, `${run}-PAID`]);
    expect(await numbers("PARTLY_PAID")).toEqual([`${run}-PARTLY`]);
    expect(await numbers("OVERDUE")).toEqual([`${run}-OVERDUE`]);
    expect(await numbers("UNPAID")).toEqual([`${run}-UNPAID`]);
    expect(await numbers("CANCELLED")).toEqual([`${run}-CANCELLED`]);
    expect((await listInvoices({ context, year, status: "OVERDUE", now: NOW })).filteredTotals).toEqual({
      count: 1,
      totalInclTaxCents: 300,
      paidCents: 0,
    });
  });

  it("another company never sees them", async () => {
    const list = await listInvoices({ context: await asRiviere(), year, now: NOW });
    expect(list.rows).toHaveLength(0);
  });
});

describe("personal iCal feed", () => {
  it("creates a hashed, revocable token that opens only on its own organisation", async () => {
    const context = await asMartin();
    const created = await createCalendarFeed(idleState, new FormData());
    expect(created.status).toBe("success");
    const token = (created as { data: { url: string } }).data.url.match(/calendrier\/(.+)\.ics$/)![1];
    const stored = await db.calendarFeed.findFirstOrThrow({ where: { userId: context.user.id, revokedAt: null } });
    expect(stored.tokenHash).toBe(hashCalendarFeedToken(token));
    expect(stored.tokenHash).not.toContain(token);

    simulateRequest({ host: DEMO_HOSTS.formapro });
    const owner = await resolveCalendarFeed({ site: await getCurrentSite(), token });
    expect(owner?.company.id).toBe(martin);
    simulateRequest({ host: DEMO_HOSTS.horizon });
    expect(await resolveCalendarFeed({ site: await getCurrentSite(), token })).toBeNull();

    await asMartin();
    expect((await revokeCalendarFeed(idleState, new FormData())).status).toBe("success");
    simulateRequest({ host: DEMO_HOSTS.formapro });
    expect(await resolveCalendarFeed({ site: await getCurrentSite(), token })).toBeNull();
  });
});

describe("staff preview", () => {
  it("gives staff a read-only context for a company of their organisation, even with the extranet option off", async () => {
    const identity = await demoIdentity("formaproAdmin");
    const { extranetEnabled } = await db.organization.findUniqueOrThrow({ where: { id: formapro } });
    await db.organization.update({ where: { id: formapro }, data: { extranetEnabled: false } });
    try {
      simulateRequest({ host: DEMO_HOSTS.formapro, identity, cookies: { [PREVIEW_COMPANY_COOKIE]: martin } });
      const context = await requireContact();
      expect(context.preview).toBe(true);
      expect(context.company.id).toBe(martin);
      expect(context.companies).toEqual([context.company]);
      const detail = await getCompanyAction({ context, actionId: fixture.actionId, now: NOW });
      expect(detail.rate).toBe(0.75);
      simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
      expect(await redirectTarget(requireContact())).toBe("/login?expired=1");
    } finally {
      await db.organization.update({ where: { id: formapro }, data: { extranetEnabled } });
    }
  });

  it("refuses every write through contactAction in preview", async () => {
    simulateRequest({
      host: DEMO_HOSTS.formapro,
      identity: await demoIdentity("formaproAdmin"),
      cookies: { [PREVIEW_COMPANY_COOKIE]: martin },
    });
    const before = await db.calendarFeed.count({ where: { companyId: martin } });
    expect(await createCalendarFeed(idleState, new FormData())).toEqual({ status: "error", formError: "preview_read_only" });
    const form = new FormData();
    form.set("companyId", martin);
    expect(await selectCompany(idleState, form)).toEqual({ status: "error", formError: "preview_read_only" });
    expect(await db.calendarFeed.count({ where: { companyId: martin } })).toBe(before);
  });

  it("refuses another organisation's company, an individual client, and staff without the cookie", async () => {
    const identity = await demoIdentity("formaproAdmin");
    simulateRequest({ host: DEMO_HOSTS.formapro, identity, cookies: { [PREVIEW_COMPANY_COOKIE]: DEMO_COMPANIES.pharmacieDuParc.id } });
    expect(await redirectTarget(requireContact())).toBe("/admin");
    simulateRequest({ host: DEMO_HOSTS.formapro, identity });
    expect(await redirectTarget(requireContact())).toBe("/admin");
    const staff = await requireStaff();
    expect(await isNotFound(startPreview({ staff, companyId: DEMO_COMPANIES.pharmacieDuParc.id }))).toBe(true);
    expect(await isNotFound(startPreview({ staff, companyId: DEMO_COMPANIES.julienMoreau.id }))).toBe(true);
  });

  it("starts a preview only for staff, and sets the cookie", async () => {
    simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
    expect(await redirectTarget(requireStaff())).toBe("/");
    simulateRequest({ host: DEMO_HOSTS.horizon, identity: await demoIdentity("horizonAdmin") });
    expect(await isNotFound(startPreview({ staff: await requireStaff(), companyId: martin }))).toBe(true);
    simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("formaproAdmin") });
    await startPreview({ staff: await requireStaff(), companyId: riviere });
    expect((await requireContact()).company.id).toBe(riviere);
  });
});
