"use client";

import dynamic from "next/dynamic";

/** The react-pdf viewer, loaded only in the browser and only where a page shows a PDF. */
export const LazyPdfViewer = dynamic(() => import("./pdf-viewer"), {
  ssr: false,
  loading: () => <div className="h-96 animate-pulse rounded bg-slate-100" aria-hidden="true" />,
});
