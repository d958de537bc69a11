import { requireStaff } from "@/lib/auth/require-staff";
import { answerNotFound } from "@/lib/shared-files/file-response";
import { addTicketAttachment } from "@/lib/tickets/add-ticket-attachment";

export const runtime = "nodejs";

/** POST /admin/tickets/<ticket>/pieces-jointes?name=…: staff attach a file to a ticket of their organisation. */
export async function POST(request: Request, { params }: { params: Promise<{ ticketId: string }> }) {
  return answerNotFound(async () => {
    const staff = await requireStaff();
    return addTicketAttachment({
      request,
      scope: { organizationId: staff.organizationId, userId: staff.user.id, side: "STAFF" },
      ticketId: (await params).ticketId,
    });
  });
}
