import "server-only";
import { db } from "../db";
import type { StaffContext } from "../auth/require-staff";
import type { AttendanceStatus } from "../generated/prisma/enums";
import { rollCallSeatWhere } from "./roll-call-seats";

const MAX_SLOTS = 200;
const MAX_SEATS = 300;

export interface RollCall {
  action: { id: string; number: string; title: string };
  slots: { id: string; startsAt: Date; endsAt: Date; statuses: Record<string, AttendanceStatus> }[];
  seats: { enrolmentId: string; name: string; companyName: string }[];
}

/** An action's slots and roll call for its organisation's staff; another organisation's action is null. */
export async function getRollCall({
  staff,
  actionId,
}: {
  staff: Pick<StaffContext, "organizationId">;
  actionId: string;
}): Promise<RollCall | null> {
  const { organizationId } = staff;
  const action = await db.trainingAction.findFirst({
    where: { organizationId, id: actionId },
    select: { id: true, number: true, title: true },
  });
  if (!action) return null;
  const [slots, seats, records] = await Promise.all([
    db.slot.findMany({
      where: { organizationId, actionId },
      orderBy: { startsAt: "asc" },
      take: MAX_SLOTS,
      select: { id: true, startsAt: true, endsAt: true },
    }),
    db.enrolment.findMany({
      where: rollCallSeatWhere(organizationId, actionId),
      orderBy: [{ participant: { lastName: "asc" } }, { participant: { firstName: "asc" } }],
      take: MAX_SEATS,
      select: { id: true, company: { select: { name: true } }, participant: { select: { firstName: true, lastName: true } } },
    }),
    db.attendance.findMany({
      where: { organizationId, slot: { actionId } },
      take: MAX_SLOTS * MAX_SEATS,
      select: { slotId: true, enrolmentId: true, status: true },
    }),
  ]);
  return {
    action,
    slots: slots.map((slot) => ({
      ...slot,
      statuses: Object.fromEntries(records.filter((row) => row.slotId === slot.id).map((row) => [row.enrolmentId, row.status])),
    })),
    seats: seats.map((seat) => ({
      enrolmentId: seat.id,
      name: `${seat.participant!.firstName} ${seat.participant!.lastName}`,
      companyName: seat.company.name,
    })),
  };
}
