import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { countContacts } from "../crm/list-contacts";
import { countOrganizationDocuments } from "../documents/list-organization-documents";
import { countEmails } from "../emails/list-emails";
import { countStaffOrders } from "../orders/list-staff-orders";
import { countTickets } from "../tickets/list-tickets";

/** One line of the admin home: how many items wait, and the filtered list where they are resolved. */
export interface WorkItem {
  key: "ordersToConfirm" | "overdueTickets" | "documentsToSign" | "failedEmails" | "staleInvitations";
  count: number;
  href: string;
}

/**
 * What the staff member's organisation has to do, each count made by the same query as the list its link
 * opens (so the figure and the list always agree); failed emails only for administrators.
 */
export async function getWorkQueue({ staff, now = new Date() }: { staff: StaffContext; now?: Date }): Promise<WorkItem[]> {
  const isAdmin = staff.user.role === "ADMIN";
  const [orders, tickets, documents, invitations, emails] = await Promise.all([
    countStaffOrders({ staff, status: "PENDING" }),
    countTickets({ scope: { organizationId: staff.organizationId }, filters: { overdue: true }, now }),
    countOrganizationDocuments({ staff, status: "to_sign" }),
    countContacts({ staff, access: "stale_invitation", now }),
    isAdmin ? countEmails({ staff, status: "FAILED" }) : null,
  ]);
  const items: WorkItem[] = [
    { key: "ordersToConfirm", count: orders, href: "/admin/commandes?statut=PENDING" },
    { key: "overdueTickets", count: tickets, href: "/admin/tickets?retard=1" },
    { key: "documentsToSign", count: documents, href: "/admin/documents?statut=to_sign" },
    { key: "staleInvitations", count: invitations, href: "/admin/contacts?acces=stale_invitation" },
  ];
  if (emails !== null) items.push({ key: "failedEmails", count: emails, href: "/admin/emails?statut=FAILED" });
  return items;
}
