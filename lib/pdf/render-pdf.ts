import "server-only";
import type { ReactElement } from "react";
import { renderToBuffer, type DocumentProps } from "@react-pdf/renderer";

/** Renders a react-pdf <Document> (usually a PdfFrame) to bytes. Route handlers using it need runtime "nodejs". */
export async function renderPdf(document: ReactElement<DocumentProps>): Promise<Uint8Array> {
  return new Uint8Array(await renderToBuffer(document));
}

/** A PDF download response; `inline` lets the browser's viewer open it. */
export function pdfResponse(bytes: Uint8Array, filename: string, { inline = false } = {}): Response {
  const safeName = filename.replace(/[^\w.-]+/g, "_");
  return new Response(new Blob([new Uint8Array(bytes)], { type: "application/pdf" }), {
    headers: {
      "content-disposition": `${inline ? "inline" : "attachment"}; filename="${safeName}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
