// Staff's roll call: one slot's seats saved in one transaction through recordAttendance — one
// "attendance.recorded" event per new or changed status, none when unchanged; the company's TRAINING
// contacts notified of an absence the same day; another organisation's slot or seat is not found.
jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { idleState } from "@/lib/actions/action-state";
import { recordRollCallAction } from "@/lib/attendance/attendance-actions";
import { PRESENCE_FIELD } from "@/lib/attendance/roll-call-seats";
import { db } from "@/lib/db";
import { dispatchEvent } from "@/lib/events/dispatch-event";
import { DEMO_COMPANIES, DEMO_LOGINS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { simulateRequest } from "../support/next-request-mock";

const formapro = DEMO_ORGANIZATIONS.formapro.id;
const horizon = DEMO_ORGANIZATIONS.horizon.id;
const martin = DEMO_COMPANIES.groupeMartin.id;

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};
const asStaff = async (login: "formaproAdmin" | "formaproManager" | "horizonAdmin") =>
  simulateRequest({ host: DEMO_LOGINS[login].host, identity: await demoIdentity(login) });
const eventsOf = (slotId: string) =>
  db.domainEvent.findMany({
    where: { type: "attendance.recorded", payload: { path: ["slotId"], equals: slotId } },
    orderBy: { createdAt: "asc" },
  });

let slotId: string;
let seats: { id: string }[];
let martinSeat: string;
let horizonSeat: string;

beforeAll(async () => {
  // A slot of a Formapro action with a Groupe Martin participant, happening now (the same-day rule).
  const enrolment = await db.enrolment.findFirstOrThrow({
    where: { organizationId: formapro, companyId: martin, participantId: { not: null }, status: { not: "CANCELLED" } },
    select: { id: true, actionId: true },
  });
  const slot = await db.slot.create({
    data: { organizationId: formapro, actionId: enrolment.actionId, startsAt: new Date(), endsAt: new Date(Date.now() + 3_600_000) },
  });
  slotId = slot.id;
  martinSeat = enrolment.id;
  seats = await db.enrolment.findMany({
    where: { organizationId: formapro, actionId: enrolment.actionId, participantId: { not: null }, status: { not: "CANCELLED" } },
    select: { id: true },
  });
  horizonSeat = (
    await db.enrolment.findFirstOrThrow({ where: { organizationId: horizon, participantId: { not: null } }, select: { id: true } })
  ).id;
});

afterAll(async () => {
  await db.$disconnect();
});

describe("the roll call", () => {
  it("records a change once, with its event, and the company's contact hears of the absence", async () => {
    await asStaff("formaproManager");
    const absent = form({ slotId, [`${PRESENCE_FIELD}${martinSeat}`]: "ABSENT" });
    expect(await recordRollCallAction(idleState, absent)).toEqual({ status: "success", data: { recorded: 1 } });
    expect(await recordRollCallAction(idleState, absent)).toEqual({ status: "success", data: { recorded: 1 } });
    const events = await eventsOf(slotId);
    expect(events.map((event) => (event.payload as { status: string }).status)).toEqual(["ABSENT"]);
    expect(await db.auditEvent.count({ where: { action: "attendance.roll_call", targetId: slotId } })).toBe(2);

    await dispatchEvent({ eventId: events[0].id });
    const notified = await db.notification.findMany({
      where: { kind: "ATTENDANCE_ISSUE", sourceKey: `${(events[0].payload as { attendanceId: string }).attendanceId}:ABSENT` },
      select: { companyId: true, contact: { select: { email: true } } },
    });
    expect(notified.map((row) => row.contact.email)).toContain(DEMO_LOGINS.groupeMartinContact.email);
    expect(new Set(notified.map((row) => row.companyId))).toEqual(new Set([martin]));
  });

  it("“Tous présents” marks every seat present: an event per changed seat only", async () => {
    await asStaff("formaproAdmin");
    const before = (await eventsOf(slotId)).length;
    expect(await recordRollCallAction(idleState, form({ slotId, allPresent: "1" }))).toEqual({
      status: "success",
      data: { recorded: seats.length },
    });
    const statuses = await db.attendance.findMany({ where: { slotId }, select: { status: true } });
    expect(statuses).toHaveLength(seats.length);
    expect(statuses.every((row) => row.status === "PRESENT")).toBe(true);
    expect((await eventsOf(slotId)).length - before).toBe(seats.length);
    await recordRollCallAction(idleState, form({ slotId, allPresent: "1" }));
    expect((await eventsOf(slotId)).length - before).toBe(seats.length);
  });

  it("another organisation's staff, slot or seat is not found, and nothing is written", async () => {
    await asStaff("horizonAdmin");
    expect(await recordRollCallAction(idleState, form({ slotId, [`${PRESENCE_FIELD}${martinSeat}`]: "LATE" }))).toMatchObject({
      status: "error",
      formError: "not_found",
    });
    await asStaff("formaproAdmin");
    expect(
      await recordRollCallAction(
        idleState,
        form({ slotId, [`${PRESENCE_FIELD}${martinSeat}`]: "LATE", [`${PRESENCE_FIELD}${horizonSeat}`]: "LATE" }),
      ),
    ).toMatchObject({ status: "error", formError: "not_found" });
    expect(await db.attendance.findMany({ where: { slotId, status: "LATE" } })).toEqual([]);
    expect(await db.attendance.count({ where: { enrolmentId: horizonSeat, slotId } })).toBe(0);
  });

  it("refuses a status that is not one of the roll call's, next to the field", async () => {
    await asStaff("formaproAdmin");
    expect(await recordRollCallAction(idleState, form({ slotId, [`${PRESENCE_FIELD}${martinSeat}`]: "EXCUSED" }))).toMatchObject({
      status: "error",
      fieldErrors: { statuses: ["invalid_choice"] },
    });
  });
});
