import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";

/** The organisation's active staff members a ticket can be assigned to, by last name. */
export function listTicketAssignees({ staff }: { staff: Pick<StaffContext, "organizationId"> }) {
  return db.user.findMany({
    where: { organizationId: staff.organizationId, kind: "STAFF", disabledAt: null },
    select: { id: true, firstName: true, lastName: true },
    orderBy: { lastName: "asc" },
    take: 200,
  });
}
