import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import type { ContactContext } from "../auth/require-contact";
import type { ActionMode, ActionStatus, ActionType, AttendanceStatus, EnrolmentStatus } from "../generated/prisma/enums";
import { companiesActionWhere } from "../tenancy/company-action-where";
import { managerActionWhere, managerEnrolmentWhere } from "../tenancy/contact-permissions";
import { viewedCompanies, viewedCompaniesScope } from "../tenancy/viewed-companies";
import { attendanceRate, foldStatusCounts, type AttendanceCounts } from "./attendance-rate";

/** Bounds of the detail page: an action has a few dozen slots and seats; these only guard against runaway data. */
const MAX_SLOTS = 200;
const MAX_SEATS = 200;

export interface ActionSlot {
  id: string;
  startsAt: Date;
  endsAt: Date;
  moduleTitle: string | null;
  locationName: string | null;
  trainerName: string | null;
}

export interface ActionSeat {
  enrolmentId: string;
  participantId: string | null;
  name: string;
  status: EnrolmentStatus;
  /** slotId → recorded status; an ended slot missing here is "not recorded". */
  attendance: Record<string, AttendanceStatus>;
  counts: AttendanceCounts;
  rate: number | null;
}

export interface CompanyActionDetail {
  id: string;
  number: string;
  title: string;
  type: ActionType;
  status: ActionStatus;
  mode: ActionMode;
  startDate: Date;
  endDate: Date;
  durationHours: number;
  minPlaces: number;
  maxPlaces: number;
  modules: { id: string; code: string; title: string; objectives: string | null; durationHours: number }[];
  places: { id: string; name: string; address: string | null; city: string | null; isRemote: boolean }[];
  trainers: { id: string; name: string }[];
  slots: ActionSlot[];
  seats: ActionSeat[];
  counts: AttendanceCounts;
  rate: number | null;
}

/**
 * One action as the company sees it (the group view: as the group sees it): visible only when it is the
 * company's INTRA or one of its employees holds a seat (else not found), with the company's seats only —
 * never another company's, and a MANAGER's only its participants' — and the
 * attendance counts computed by the database.
 */
export async function getCompanyAction({
  context,
  actionId,
  now = new Date(),
}: {
  context: ContactContext;
  actionId: string;
  now?: Date;
}): Promise<CompanyActionDetail> {
  const view = viewedCompanies(context);
  const action = await db.trainingAction.findFirst({
    where: { AND: [companiesActionWhere(view), managerActionWhere(context), { id: actionId, status: { not: "DRAFT" } }] },
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
      minPlaces: true,
      maxPlaces: true,
      location: { select: { id: true, name: true, address: true, city: true, isRemote: true } },
      modules: {
        orderBy: { position: "asc" },
        take: 50,
        select: { module: { select: { id: true, code: true, title: true, objectives: true, durationHours: true } } },
      },
      trainers: { take: 50, select: { trainer: { select: { id: true, firstName: true, lastName: true } } } },
    },
  });
  if (!action) notFound();

  const scope = viewedCompaniesScope(view);
  const seatWhere = { ...scope, ...managerEnrolmentWhere(context), actionId: action.id };
  const recordWhere = {
    ...scope,
    enrolment: { ...managerEnrolmentWhere(context), actionId: action.id, status: { not: "CANCELLED" as const } },
  };
  const [slots, enrolments, records, perSeat, endedSlots] = await Promise.all([
    db.slot.findMany({
      where: { organizationId: context.organizationId, actionId: action.id },
      orderBy: { startsAt: "asc" },
      take: MAX_SLOTS,
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        module: { select: { title: true } },
        location: { select: { id: true, name: true, address: true, city: true, isRemote: true } },
        trainer: { select: { firstName: true, lastName: true } },
      },
    }),
    db.enrolment.findMany({
      where: seatWhere,
      orderBy: [{ participant: { lastName: "asc" } }, { placeholderLabel: "asc" }],
      take: MAX_SEATS,
      select: { id: true, status: true, placeholderLabel: true, participant: { select: { id: true, firstName: true, lastName: true } } },
    }),
    db.attendance.findMany({ where: recordWhere, take: MAX_SLOTS * MAX_SEATS, select: { slotId: true, enrolmentId: true, status: true } }),
    db.attendance.groupBy({ by: ["enrolmentId", "status"], where: recordWhere, _count: { _all: true }, orderBy: { enrolmentId: "asc" } }),
    db.slot.count({ where: { organizationId: context.organizationId, actionId: action.id, endsAt: { lte: now } } }),
  ]);

  const bySeat = new Map<string, Record<string, AttendanceStatus>>();
  for (const record of records) {
    const row = bySeat.get(record.enrolmentId) ?? {};
    row[record.slotId] = record.status;
    bySeat.set(record.enrolmentId, row);
  }
  const perSeatRows = new Map<string, typeof perSeat>();
  for (const row of perSeat) perSeatRows.set(row.enrolmentId, [...(perSeatRows.get(row.enrolmentId) ?? []), row]);
  let actionNotRecorded = 0;
  const seats: ActionSeat[] = enrolments.map((enrolment) => {
    const rows = perSeatRows.get(enrolment.id) ?? [];
    const recorded = rows.reduce((sum, row) => sum + row._count._all, 0);
    const expected = enrolment.status === "CONFIRMED" && enrolment.participant ? endedSlots : 0;
    const notRecorded = Math.max(0, expected - recorded);
    actionNotRecorded += notRecorded;
    const counts = foldStatusCounts(rows, notRecorded);
    return {
      enrolmentId: enrolment.id,
      participantId: enrolment.participant?.id ?? null,
      name: enrolment.participant
        ? `${enrolment.participant.firstName} ${enrolment.participant.lastName}`
        : (enrolment.placeholderLabel ?? ""),
      status: enrolment.status,
      attendance: bySeat.get(enrolment.id) ?? {},
      counts,
      rate: enrolment.status === "CANCELLED" ? null : attendanceRate(counts),
    };
  });
  // Every recorded seat is in perSeat (the groupBy has no bound), so the action's totals are its sum.
  const counts = foldStatusCounts(perSeat, actionNotRecorded);

  const places = new Map<string, CompanyActionDetail["places"][number]>();
  if (action.location) places.set(action.location.id, action.location);
  for (const slot of slots) if (slot.location) places.set(slot.location.id, slot.location);

  return {
    id: action.id,
    number: action.number,
    title: action.title,
    type: action.type,
    status: action.status,
    mode: action.mode,
    startDate: action.startDate,
    endDate: action.endDate,
    durationHours: Number(action.durationHours),
    minPlaces: action.minPlaces,
    maxPlaces: action.maxPlaces,
    modules: action.modules.map(({ module }) => ({ ...module, durationHours: Number(module.durationHours) })),
    places: [...places.values()],
    trainers: action.trainers.map(({ trainer }) => ({ id: trainer.id, name: `${trainer.firstName} ${trainer.lastName}` })),
    slots: slots.map((slot) => ({
      id: slot.id,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      moduleTitle: slot.module?.title ?? null,
      locationName: slot.location?.name ?? null,
      trainerName: slot.trainer ? `${slot.trainer.firstName} ${slot.trainer.lastName}` : null,
    })),
    seats,
    counts,
    rate: attendanceRate(counts),
  };
}
