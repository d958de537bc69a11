import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";

/** The organisation's client companies (no individuals) with how many files their space holds, by name. */
export function listStorageCompanies({ staff }: { staff: Pick<StaffContext, "organizationId"> }) {
  return db.company.findMany({
    where: { organizationId: staff.organizationId, isIndividual: false },
    select: { id: true, name: true, _count: { select: { files: true } } },
    orderBy: { name: "asc" },
    take: 500,
  });
}
