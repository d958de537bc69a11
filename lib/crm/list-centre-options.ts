import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";

/** The organisation's sub-centres for the centre select of the company form (a handful; companies get a picker). */
export async function listCentreOptions({ staff }: { staff: StaffContext }) {
  return db.centre.findMany({
    where: { organizationId: staff.organizationId },
    orderBy: { legalName: "asc" },
    select: { id: true, legalName: true },
    take: 200,
  });
}
