import type { AttendanceStatus } from "../generated/prisma/enums";

/** Attendance records counted by status, plus the ended slots that nobody recorded yet. */
export interface AttendanceCounts {
  present: number;
  late: number;
  absent: number;
  excused: number;
  /** Ended slots × seats without a record: shown, never counted in the rate. */
  notRecorded: number;
}

export const EMPTY_COUNTS: AttendanceCounts = { present: 0, late: 0, absent: 0, excused: 0, notRecorded: 0 };

/**
 * The attendance rate, as Passerelle defines it:
 *   (present + late) / (present + late + absent)
 * - late counts as attended (the person came);
 * - an excused absence is neither attended nor missed: it leaves the denominator, so a justified absence
 *   (illness, convocation) does not lower the rate;
 * - slots not recorded yet and cancelled enrolments are left out entirely.
 * Null when nothing counts yet (no rate rather than 0 %).
 */
export function attendanceRate(counts: Pick<AttendanceCounts, "present" | "late" | "absent">): number | null {
  const attended = counts.present + counts.late;
  const expected = attended + counts.absent;
  return expected === 0 ? null : attended / expected;
}

/** Folds `groupBy(["status"])` rows (counts computed by the database) into AttendanceCounts. */
export function foldStatusCounts(rows: { status: AttendanceStatus; _count: { _all: number } }[], notRecorded = 0): AttendanceCounts {
  const counts = { ...EMPTY_COUNTS, notRecorded };
  for (const row of rows) counts[row.status.toLowerCase() as "present" | "late" | "absent" | "excused"] += row._count._all;
  return counts;
}
