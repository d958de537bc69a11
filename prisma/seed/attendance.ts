import { addMinutes, earliest } from "./calendar";
import { createRandom } from "./random";
import type { SeedContext } from "./seed-context";
import { seedId } from "./seed-ids";
import type { DemoActions } from "./training-actions";

/**
 * Attendance of confirmed, named participants for every slot that has ended — mostly present, some
 * absent, late or excused — except the slots left unrecorded. Nothing for slots still to come.
 */
export function buildAttendance(ctx: SeedContext, actions: DemoActions): void {
  const { rows, now } = ctx;
  const random = createRandom("attendance");
  for (const action of Object.values(actions)) {
    if (action.status === "CANCELLED" || action.status === "DRAFT") continue;
    const attendees = action.enrolments.filter((enrolment) => enrolment.status === "CONFIRMED" && enrolment.participantId);
    for (const slot of action.slots) {
      if (slot.endsAt > now || action.unrecordedSlotIds.has(slot.id)) continue;
      for (const enrolment of attendees) {
        const roll = random.next();
        const status = roll < 0.86 ? "PRESENT" : roll < 0.91 ? "LATE" : roll < 0.96 ? "ABSENT" : "EXCUSED";
        rows.attendances.push({
          id: seedId("attendance", `${slot.id}/${enrolment.id}`),
          organizationId: action.organizationId,
          companyId: enrolment.company.id,
          slotId: slot.id,
          enrolmentId: enrolment.id,
          status,
          recordedAt: earliest(addMinutes(slot.endsAt, random.int(5, 90)), now),
        });
      }
    }
  }
}
