import "server-only";
import { db } from "../db";
import type { ContactContext } from "../auth/require-contact";
import { companyActionWhere } from "../tenancy/company-action-where";
import { companyScope } from "../tenancy/company-scope";
import { managerActionWhere, managerParticipantWhere } from "../tenancy/contact-permissions";
import { utcToday } from "../trainings/utc-today";

export interface ManagerDashboard {
  participants: number;
  actions: { upcoming: number; inProgress: number; doneThisYear: number };
}

/** A MANAGER's home figures: its assigned participants and their trainings, never the company's totals. */
export async function getManagerDashboard({
  context,
  now = new Date(),
}: {
  context: ContactContext;
  now?: Date;
}): Promise<ManagerDashboard> {
  const today = utcToday(now);
  const yearStart = new Date(Date.UTC(today.getUTCFullYear(), 0, 1));
  const actions = (period: object) =>
    db.trainingAction.count({
      where: { AND: [companyActionWhere(context), managerActionWhere(context), { status: { notIn: ["DRAFT", "CANCELLED"] } }, period] },
    });
  const [participants, upcoming, inProgress, doneThisYear] = await Promise.all([
    db.participant.count({ where: { ...companyScope(context), ...managerParticipantWhere(context) } }),
    actions({ startDate: { gt: today } }),
    actions({ startDate: { lte: today }, endDate: { gte: today } }),
    actions({ endDate: { lt: today, gte: yearStart } }),
  ]);
  return { participants, actions: { upcoming, inProgress, doneThisYear } };
}
