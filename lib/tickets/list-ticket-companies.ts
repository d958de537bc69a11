import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";

/** The organisation's companies that have tickets, by name (the staff ticket list's company filter). */
export function listTicketCompanies({ staff }: { staff: Pick<StaffContext, "organizationId"> }) {
  return db.company.findMany({
    where: { organizationId: staff.organizationId, tickets: { some: {} } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
    take: 500,
  });
}
