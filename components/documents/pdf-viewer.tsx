"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Document, Page, pdfjs } from "react-pdf";
import "react-pdf/dist/Page/TextLayer.css";
import "react-pdf/dist/Page/AnnotationLayer.css";

// Served by the app itself (stack.md, trap 4).
pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url).toString();

/** Every page of a PDF, rendered by pdf.js in the browser (never on the server). */
export default function PdfViewer({ url }: { url: string }) {
  const t = useTranslations("documents");
  const [pages, setPages] = useState(0);
  return (
    <Document
      file={url}
      onLoadSuccess={({ numPages }) => setPages(numPages)}
      loading={<p className="p-4 text-sm text-slate-600">{t("loadingPreview")}</p>}
      error={
        <p role="alert" className="p-4 text-sm text-red-700">
          {t("previewError")}
        </p>
      }
      className="space-y-4"
    >
      {Array.from({ length: pages }, (_, index) => (
        <figure key={index} className="overflow-hidden rounded border border-slate-200 bg-white shadow-sm" data-testid="pdf-page">
          <Page pageNumber={index + 1} width={720} className="max-w-full [&_canvas]:!h-auto [&_canvas]:!max-w-full" />
          <figcaption className="border-t border-slate-100 px-3 py-1 text-xs text-slate-500">
            {t("page", { number: index + 1, total: pages })}
          </figcaption>
        </figure>
      ))}
    </Document>
  );
}
