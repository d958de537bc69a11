import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";

/** The organisation's trainers by name, for the evaluation results filter. */
export function listTrainerChoices({ staff }: { staff: Pick<StaffContext, "organizationId"> }) {
  return db.trainer.findMany({
    where: { organizationId: staff.organizationId },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, firstName: true, lastName: true },
    take: 300,
  });
}
