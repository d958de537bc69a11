import type { AttendanceStatus } from "../generated/prisma/enums";

/** Statuses that count as time attended: present, and late (the slot was followed). */
export const ATTENDED_STATUSES: readonly AttendanceStatus[] = ["PRESENT", "LATE"];

export interface SlotTimes {
  id: string;
  startsAt: Date;
  endsAt: Date;
}

/** Hours actually attended: the length of every slot whose attendance record says present or late. */
export function attendedHours(slots: readonly SlotTimes[], statusBySlot: ReadonlyMap<string, AttendanceStatus>): number {
  let minutes = 0;
  for (const slot of slots) {
    const status = statusBySlot.get(slot.id);
    if (status && ATTENDED_STATUSES.includes(status)) minutes += Math.round((slot.endsAt.getTime() - slot.startsAt.getTime()) / 60_000);
  }
  return Math.round((minutes / 60) * 100) / 100;
}

/** "7 h", "10,5 h" */
export function formatHours(hours: number): string {
  return `${hours.toLocaleString("fr-FR", { maximumFractionDigits: 2 })} h`;
}
