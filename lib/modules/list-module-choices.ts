import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";

/** The organisation's modules by title (id and title only), for the evaluation rule and results pickers. */
export function listModuleChoices({ staff }: { staff: Pick<StaffContext, "organizationId"> }) {
  return db.module.findMany({
    where: { organizationId: staff.organizationId },
    orderBy: { title: "asc" },
    select: { id: true, title: true },
    take: 300,
  });
}
