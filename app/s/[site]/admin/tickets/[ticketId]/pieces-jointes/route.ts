import { z } from "zod";
import { staffRoute } from "@/lib/http/define-route";
import { idParam } from "@/lib/http/request-params";
import { addTicketAttachment } from "@/lib/tickets/add-ticket-attachment";

export const runtime = "nodejs";

/** POST /admin/tickets/<ticket>/pieces-jointes?name=…: staff attach a file to a ticket of their organisation. */
export const POST = staffRoute({ params: z.object({ ticketId: idParam }) }, ({ request, params }, staff) =>
  addTicketAttachment({
    request,
    scope: { organizationId: staff.organizationId, userId: staff.user.id, side: "STAFF" },
    ticketId: params.ticketId,
  }),
);
