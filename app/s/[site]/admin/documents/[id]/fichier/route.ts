import { requireStaff } from "@/lib/auth/require-staff";
import { readStaffDocumentFile } from "@/lib/documents/read-staff-document-file";
import { pdfResponse } from "@/lib/pdf/render-pdf";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A document of the staff member's organisation, or one of its signed versions (?demande=<request id>); else 404. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff();
  const { id } = await params;
  const url = new URL(request.url);
  const file = await readStaffDocumentFile({ staff, documentId: id, requestId: url.searchParams.get("demande") || undefined });
  if (!file) return new Response("Not found", { status: 404 });
  return pdfResponse(file.bytes, file.filename, { inline: url.searchParams.get("inline") === "1" });
}
