import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { getFileStorage } from "../storage/storage";

/** The bytes of one of the organisation's documents, or of one of its signed versions; null otherwise. */
export async function readStaffDocumentFile({
  staff,
  documentId,
  requestId,
}: {
  staff: StaffContext;
  documentId: string;
  requestId?: string;
}) {
  const document = await db.document.findFirst({
    where: { id: documentId, organizationId: staff.organizationId },
    select: { id: true, title: true, storageKey: true },
  });
  if (!document) return null;
  let key = document.storageKey;
  if (requestId) {
    const request = await db.signatureRequest.findFirst({
      where: { id: requestId, documentId: document.id, organizationId: staff.organizationId, status: "SIGNED" },
      select: { signedStorageKey: true },
    });
    if (!request?.signedStorageKey) return null;
    key = request.signedStorageKey;
  }
  const bytes = await getFileStorage().get(key);
  return bytes ? { bytes, filename: `${document.title}${requestId ? " (signé)" : ""}.pdf` } : null;
}
