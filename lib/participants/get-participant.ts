import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import type { ContactContext } from "../auth/require-contact";
import type { ActionStatus, ActionType, AttendanceStatus, EnrolmentStatus } from "../generated/prisma/enums";
import { viewedCompanies, viewedCompaniesScope } from "../tenancy/viewed-companies";
import { managerParticipantWhere } from "../tenancy/contact-permissions";
import { attendanceRate, foldStatusCounts, type AttendanceCounts } from "../trainings/attendance-rate";

const MAX_TRAININGS = 100;
const MAX_RECORDS = 2_000;

export interface ParticipantTraining {
  enrolmentId: string;
  enrolmentStatus: EnrolmentStatus;
  actionId: string;
  number: string;
  title: string;
  type: ActionType;
  actionStatus: ActionStatus;
  startDate: Date;
  endDate: Date;
  /** Every slot of the action, with this participant's record (null: not recorded yet, or still to come). */
  slots: { id: string; startsAt: Date; endsAt: Date; status: AttendanceStatus | null }[];
  counts: AttendanceCounts;
  rate: number | null;
}

export interface ParticipantDetail {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  jobTitle: string | null;
  trainings: ParticipantTraining[];
  counts: AttendanceCounts;
  rate: number | null;
}

/** One participant of the company (another company's id, or one not assigned to a MANAGER: not found) with their trainings and attendance. */
export async function getParticipant({
  context,
  participantId,
  now = new Date(),
}: {
  context: ContactContext;
  participantId: string;
  now?: Date;
}): Promise<ParticipantDetail> {
  const participant = await db.participant.findFirst({
    where: { ...viewedCompaniesScope(viewedCompanies(context)), ...managerParticipantWhere(context), id: participantId },
    select: { id: true, companyId: true, firstName: true, lastName: true, email: true, jobTitle: true },
  });
  if (!participant) notFound();

  // A participant belongs to one company, whose seats are theirs (the group view reaches a subsidiary's).
  const scope = { organizationId: context.organizationId, companyId: participant.companyId };
  const enrolmentWhere = { ...scope, participantId: participant.id };
  const recordWhere = { ...scope, enrolment: { participantId: participant.id, status: { not: "CANCELLED" as const } } };
  const [enrolments, records, perSeat] = await Promise.all([
    db.enrolment.findMany({
      where: enrolmentWhere,
      orderBy: { action: { startDate: "desc" } },
      take: MAX_TRAININGS,
      select: {
        id: true,
        status: true,
        action: {
          select: {
            id: true,
            number: true,
            title: true,
            type: true,
            status: true,
            startDate: true,
            endDate: true,
            slots: { orderBy: { startsAt: "asc" }, take: 100, select: { id: true, startsAt: true, endsAt: true } },
          },
        },
      },
    }),
    db.attendance.findMany({ where: recordWhere, take: MAX_RECORDS, select: { slotId: true, status: true } }),
    db.attendance.groupBy({ by: ["enrolmentId", "status"], where: recordWhere, _count: { _all: true }, orderBy: { enrolmentId: "asc" } }),
  ]);

  const recorded = new Map(records.map((record) => [record.slotId, record.status]));
  const trainings = enrolments.map(({ id, status, action }) => {
    const rows = perSeat.filter((row) => row.enrolmentId === id);
    const ended = action.slots.filter((slot) => slot.endsAt <= now).length;
    const recordedCount = rows.reduce((sum, row) => sum + row._count._all, 0);
    const counts = foldStatusCounts(rows, status === "CONFIRMED" ? Math.max(0, ended - recordedCount) : 0);
    return {
      enrolmentId: id,
      enrolmentStatus: status,
      actionId: action.id,
      number: action.number,
      title: action.title,
      type: action.type,
      actionStatus: action.status,
      startDate: action.startDate,
      endDate: action.endDate,
      slots: action.slots.map((slot) => ({ ...slot, status: status === "CANCELLED" ? null : (recorded.get(slot.id) ?? null) })),
      counts,
      rate: status === "CANCELLED" ? null : attendanceRate(counts),
    };
  });
  const counts = trainings.reduce<AttendanceCounts>(
    (sum, training) => ({
      present: sum.present + training.counts.present,
      late: sum.late + training.counts.late,
      absent: sum.absent + training.counts.absent,
      excused: sum.excused + training.counts.excused,
      notRecorded: sum.notRecorded + training.counts.notRecorded,
    }),
    foldStatusCounts([]),
  );
  const { companyId: _companyId, ...identity } = participant;
  return { ...identity, trainings, counts, rate: attendanceRate(counts) };
}
