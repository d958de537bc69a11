import "server-only";
import type { TransactionClient } from "../db/create-prisma-client";
import { recordEvent } from "../events/record-event";
import type { AttendanceStatus } from "../generated/prisma/enums";

/**
 * The one write of an attendance record (one per slot and enrolment), with its "attendance.recorded"
 * event in the same transaction when the status is new or changed — the company's contacts hear of an
 * absence or a late arrival from that event. The enrolment and the slot must be of the same action of
 * the organisation: otherwise nothing is written and null comes back.
 */
export async function recordAttendance(
  tx: TransactionClient,
  {
    organizationId,
    slotId,
    enrolmentId,
    status,
  }: { organizationId: string; slotId: string; enrolmentId: string; status: AttendanceStatus },
): Promise<{ id: string } | null> {
  const slot = await tx.slot.findFirst({ where: { organizationId, id: slotId }, select: { id: true, actionId: true, startsAt: true } });
  const enrolment = slot
    ? await tx.enrolment.findFirst({
        where: { organizationId, id: enrolmentId, actionId: slot.actionId },
        select: { id: true, companyId: true, participantId: true },
      })
    : null;
  if (!slot || !enrolment) return null;
  const before = await tx.attendance.findUnique({ where: { slotId_enrolmentId: { slotId, enrolmentId } }, select: { status: true } });
  const row = await tx.attendance.upsert({
    where: { slotId_enrolmentId: { slotId, enrolmentId } },
    create: { organizationId, companyId: enrolment.companyId, slotId, enrolmentId, status },
    update: { status, recordedAt: new Date() },
    select: { id: true },
  });
  if (before?.status !== status)
    await recordEvent(tx, {
      organizationId,
      companyId: enrolment.companyId,
      type: "attendance.recorded",
      data: {
        attendanceId: row.id,
        slotId,
        enrolmentId,
        companyId: enrolment.companyId,
        participantId: enrolment.participantId,
        status,
        slotStartsAt: slot.startsAt.toISOString(),
      },
    });
  return row;
}
