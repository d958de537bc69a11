import { z } from "zod";
import { readStaffDocumentFile } from "@/lib/documents/read-staff-document-file";
import { notFoundResponse, staffRoute } from "@/lib/http/define-route";
import { flagFilter, idFilter, idParam } from "@/lib/http/request-params";
import { pdfResponse } from "@/lib/pdf/render-pdf";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A document of the staff member's organisation, or one of its signed versions (?demande=<request id>); else 404. */
export const GET = staffRoute(
  { params: z.object({ id: idParam }), query: z.object({ demande: idFilter, inline: flagFilter }) },
  async ({ params, query }, staff) => {
    const file = await readStaffDocumentFile({ staff, documentId: params.id, requestId: query.demande });
    if (!file) return notFoundResponse();
    return pdfResponse(file.bytes, file.filename, { inline: query.inline });
  },
);
