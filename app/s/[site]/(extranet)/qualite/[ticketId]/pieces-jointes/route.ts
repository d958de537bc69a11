import { requireContact } from "@/lib/auth/require-contact";
import { contactStorageScope } from "@/lib/shared-files/contact-storage-scope";
import { answerNotFound } from "@/lib/shared-files/file-response";
import { addTicketAttachment } from "@/lib/tickets/add-ticket-attachment";

export const runtime = "nodejs";

/** POST /qualite/<ticket>/pieces-jointes?name=…: attach a file to a ticket of the contact's company. */
export async function POST(request: Request, { params }: { params: Promise<{ ticketId: string }> }) {
  return answerNotFound(async () => {
    const context = await requireContact();
    return addTicketAttachment({ request, scope: contactStorageScope(context), ticketId: (await params).ticketId });
  });
}
