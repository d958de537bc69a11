import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";

/** The organisation's actions that are not cancelled, newest first: what an evaluation rule or an immediate send may be about. */
export function listActionChoices({ staff }: { staff: Pick<StaffContext, "organizationId"> }) {
  return db.trainingAction.findMany({
    where: { organizationId: staff.organizationId, status: { not: "CANCELLED" } },
    orderBy: { startDate: "desc" },
    select: { id: true, number: true, title: true },
    take: 100,
  });
}
