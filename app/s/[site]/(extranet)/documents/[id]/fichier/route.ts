import { z } from "zod";
import { readCompanyDocumentFile } from "@/lib/documents/read-company-document-file";
import { contactRoute, notFoundResponse } from "@/lib/http/define-route";
import { enumFilter, flagFilter, idParam } from "@/lib/http/request-params";
import { pdfResponse } from "@/lib/pdf/render-pdf";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A document of the company the session shows (authorised on every request); any other id: 404. */
export const GET = contactRoute(
  { params: z.object({ id: idParam }), query: z.object({ version: enumFilter(["signed"]), inline: flagFilter }) },
  async ({ params, query }, context) => {
    const file = await readCompanyDocumentFile({ context, documentId: params.id, version: query.version ?? "original" });
    if (!file) return notFoundResponse();
    return pdfResponse(file.bytes, file.filename, { inline: query.inline });
  },
);
