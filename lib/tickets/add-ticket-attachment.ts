import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import { handleUploadRequest } from "../shared-files/handle-upload-request";
import type { StorageScope } from "../shared-files/storage-scope";

/**
 * POST body of the attachment routes: the file becomes a message of the thread holding it (so the other
 * side sees who attached what, and when). If the upload is refused the empty message is removed again.
 */
export async function addTicketAttachment({
  request,
  scope,
  ticketId,
}: {
  request: Request;
  scope: Omit<StorageScope, "companyId"> & { companyId?: string };
  ticketId: string;
}): Promise<Response> {
  const ticket = await db.qualityTicket.findFirst({
    where: { id: ticketId, organizationId: scope.organizationId, ...(scope.companyId ? { companyId: scope.companyId } : {}) },
    select: { id: true, companyId: true, status: true },
  });
  if (!ticket) notFound();
  if (ticket.status === "CLOSED") return Response.json({ status: "error", code: "ticket_closed" }, { status: 409 });
  const message = await db.ticketMessage.create({
    data: {
      organizationId: scope.organizationId,
      companyId: ticket.companyId,
      ticketId: ticket.id,
      authorUserId: scope.userId,
      fromStaff: scope.side === "STAFF",
      body: "",
    },
    select: { id: true },
  });
  const response = await handleUploadRequest({
    request,
    scope: { ...scope, companyId: ticket.companyId },
    folderId: null,
    ticketMessageId: message.id,
  });
  if (!response.ok) await db.ticketMessage.delete({ where: { id: message.id } });
  return response;
}
