import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";

/** Companies and centres of the organisation for the selects of the CRM forms. */
export async function listCompanyOptions({ staff }: { staff: StaffContext }) {
  const [companies, centres] = await Promise.all([
    db.company.findMany({
      where: { organizationId: staff.organizationId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, parentId: true, isIndividual: true },
      take: 2000,
    }),
    db.centre.findMany({
      where: { organizationId: staff.organizationId },
      orderBy: { legalName: "asc" },
      select: { id: true, legalName: true },
      take: 200,
    }),
  ]);
  return { companies, centres };
}
