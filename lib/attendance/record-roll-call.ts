import "server-only";
import { db } from "../db";
import type { StaffContext } from "../auth/require-staff";
import { recordAttendance } from "./record-attendance";
import { rollCallSeatWhere, type RollCallStatus } from "./roll-call-seats";

/**
 * Staff save one slot's roll call in one transaction: each marked seat (or every seat, "all present")
 * through recordAttendance, which records the "attendance.recorded" event only for a new or changed
 * status. A slot of another organisation, or a seat not on this slot's roll, is not found: nothing is written.
 */
export async function recordRollCall({
  staff,
  slotId,
  statuses,
  allPresent,
}: {
  staff: Pick<StaffContext, "organizationId" | "user">;
  slotId: string;
  statuses: Record<string, RollCallStatus>;
  allPresent: boolean;
}): Promise<{ recorded: number } | null> {
  const { organizationId } = staff;
  return db.$transaction(async (tx) => {
    const slot = await tx.slot.findFirst({ where: { organizationId, id: slotId }, select: { id: true, actionId: true } });
    if (!slot) return null;
    const seats = await tx.enrolment.findMany({ where: rollCallSeatWhere(organizationId, slot.actionId), select: { id: true } });
    const onRoll = new Set(seats.map((seat) => seat.id));
    const marks: [string, RollCallStatus][] = allPresent ? seats.map((seat) => [seat.id, "PRESENT"]) : Object.entries(statuses);
    if (marks.some(([enrolmentId]) => !onRoll.has(enrolmentId))) return null;
    for (const [enrolmentId, status] of marks) await recordAttendance(tx, { organizationId, slotId, enrolmentId, status });
    await tx.auditEvent.create({
      data: {
        organizationId,
        actorUserId: staff.user.id,
        action: "attendance.roll_call",
        targetType: "Slot",
        targetId: slot.id,
        metadata: { recorded: marks.length, allPresent },
      },
    });
    return { recorded: marks.length };
  });
}
