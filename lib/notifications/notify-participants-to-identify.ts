import "server-only";
import { db } from "../db";
import { utcToday } from "../trainings/utc-today";
import { createNotifications } from "./create-notifications";

/** How many days before an action starts its unnamed seats are brought to the company's attention. */
export const IDENTIFY_NOTICE_DAYS = 7;

/**
 * The "notify-participants-to-identify" job (cron, daily): every company with placeholder seats (no
 * participant named yet) in an action starting within IDENTIFY_NOTICE_DAYS is told once per action.
 */
export async function notifyParticipantsToIdentify(
  _payload: object = {},
  { now = new Date() }: { now?: Date } = {},
): Promise<{ created: number }> {
  const today = utcToday(now);
  const seats = await db.enrolment.groupBy({
    by: ["organizationId", "companyId", "actionId"],
    where: {
      participantId: null,
      status: { in: ["PENDING", "CONFIRMED", "WAITLISTED"] },
      action: {
        status: { notIn: ["CANCELLED", "DRAFT"] },
        startDate: { gte: today, lte: new Date(today.getTime() + IDENTIFY_NOTICE_DAYS * 86_400_000) },
      },
    },
    orderBy: [{ organizationId: "asc" }, { companyId: "asc" }, { actionId: "asc" }],
    take: 5_000,
  });
  let created = 0;
  for (const seat of seats)
    created += await db.$transaction(async (tx) => {
      const action = await tx.trainingAction.findFirstOrThrow({
        where: { organizationId: seat.organizationId, id: seat.actionId },
        select: { title: true, startDate: true },
      });
      return createNotifications(tx, {
        organizationId: seat.organizationId,
        companyId: seat.companyId,
        kind: "PARTICIPANTS_TO_IDENTIFY",
        sourceKey: seat.actionId,
        data: {
          subject: action.title,
          href: `/formations/${seat.actionId}`,
          detail: action.startDate.toLocaleDateString("fr-FR", { timeZone: "UTC" }),
        },
      });
    });
  return { created };
}
