import { z } from "zod";
import { contactRoute } from "@/lib/http/define-route";
import { idParam } from "@/lib/http/request-params";
import { contactStorageScope } from "@/lib/shared-files/contact-storage-scope";
import { addTicketAttachment } from "@/lib/tickets/add-ticket-attachment";

export const runtime = "nodejs";

/** POST /qualite/<ticket>/pieces-jointes?name=…: attach a file to a ticket of the contact's company. */
export const POST = contactRoute({ params: z.object({ ticketId: idParam }) }, ({ request, params }, context) =>
  addTicketAttachment({ request, scope: contactStorageScope(context), ticketId: params.ticketId }),
);
