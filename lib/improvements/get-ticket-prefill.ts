import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";

/** The number and subject of the ticket a new improvement action answers, to start its title (another organisation's: null). */
export function getTicketPrefill({ staff, ticketId }: { staff: Pick<StaffContext, "organizationId">; ticketId: string }) {
  return db.qualityTicket.findFirst({
    where: { id: ticketId, organizationId: staff.organizationId },
    select: { number: true, subject: true },
  });
}
