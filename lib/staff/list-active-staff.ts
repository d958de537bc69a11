import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";

/** The organisation's active staff members, by last name: whom a ticket or an improvement action may be given to. */
export function listActiveStaff({ staff }: { staff: Pick<StaffContext, "organizationId"> }) {
  return db.user.findMany({
    where: { organizationId: staff.organizationId, kind: "STAFF", disabledAt: null },
    select: { id: true, firstName: true, lastName: true },
    orderBy: { lastName: "asc" },
    take: 200,
  });
}
