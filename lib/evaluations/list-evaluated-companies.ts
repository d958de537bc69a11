import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";

/** The organisation's companies an evaluation was sent to, by name, for the results filter. */
export function listEvaluatedCompanies({ staff }: { staff: Pick<StaffContext, "organizationId"> }) {
  return db.company.findMany({
    where: { organizationId: staff.organizationId, evaluationSends: { some: {} } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
    take: 500,
  });
}
