import { requireContact } from "@/lib/auth/require-contact";
import { readCompanyDocumentFile } from "@/lib/documents/read-company-document-file";
import { pdfResponse } from "@/lib/pdf/render-pdf";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A document of the company the session shows (authorised on every request); any other id: 404. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const context = await requireContact();
  const { id } = await params;
  const url = new URL(request.url);
  const file = await readCompanyDocumentFile({
    context,
    documentId: id,
    version: url.searchParams.get("version") === "signed" ? "signed" : "original",
  });
  if (!file) return new Response("Not found", { status: 404 });
  return pdfResponse(file.bytes, file.filename, { inline: url.searchParams.get("inline") === "1" });
}
