import Link from "next/link";
import { z } from "zod";
import { getFormatter, getTranslations } from "next-intl/server";
import { LazyPdfViewer } from "@/components/documents/lazy-pdf-viewer";
import { SignaturePanel } from "@/components/documents/signature-panel";
import { Badge } from "@/components/ui/badge";
import { documentStatusTone } from "@/components/ui/status-tones";
import { requireContact } from "@/lib/auth/require-contact";
import { getCompanyDocument } from "@/lib/documents/get-company-document";
import { recordSignatureView } from "@/lib/signatures/record-signature-view";
import { requestOrigin } from "@/lib/signatures/request-origin";
import { idParam, pageParams } from "@/lib/http/request-params";

export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const context = await requireContact();
  const { id } = await pageParams(params, z.object({ id: idParam }));
  const document = await getCompanyDocument({ context, documentId: id });
  if (document.openRequest?.status === "PENDING")
    await recordSignatureView({ context, requestId: document.openRequest.id, origin: await requestOrigin() });
  const [t, tSign, format] = await Promise.all([getTranslations("documents"), getTranslations("signatures"), getFormatter()]);
  const file = `/documents/${document.id}/fichier`;

  return (
    <div className="space-y-6">
      <Link href="/documents" className="text-sm text-slate-700 underline">
        {t("back")}
      </Link>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{document.title}</h1>
          <p className="text-slate-700">
            {t(`kinds.${document.kind}`)}
            {document.action && ` · ${document.action.number} — ${document.action.title}`}
          </p>
          {document.signed?.signedAt && (
            <p className="text-sm text-emerald-800">
              {t("signedBy", {
                name: document.signed.signerName ?? "",
                date: format.dateTime(document.signed.signedAt, { dateStyle: "long", timeStyle: "short" }),
              })}
            </p>
          )}
        </div>
        <Badge tone={documentStatusTone[document.status]} data-status={document.status}>
          {t(`status.${document.status}`)}
        </Badge>
      </header>
      <div className="flex flex-wrap gap-3">
        {document.signed && (
          <a
            href={`${file}?version=signed`}
            className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast"
            data-testid="download-signed"
          >
            {t("downloadSigned")}
          </a>
        )}
        <a
          href={file}
          className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold"
          data-testid="download-original"
        >
          {document.signed ? t("downloadOriginal") : t("download")}
        </a>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-label={t("preview")} className="min-w-0">
          <LazyPdfViewer url={`${file}?inline=1${document.signed ? "&version=signed" : ""}`} />
        </section>
        {document.openRequest ? (
          <aside className="h-fit rounded-lg bg-white p-5 shadow-sm" aria-labelledby="sign-title">
            <h2 id="sign-title" className="mb-2 text-lg font-semibold">
              {tSign("title")}
            </h2>
            <p className="mb-4 text-sm text-slate-700">{tSign("intro")}</p>
            <SignaturePanel requestId={document.openRequest.id} defaultName={`${context.user.firstName} ${context.user.lastName}`} />
          </aside>
        ) : (
          <>
            {document.status === "expired" && (
              <p className="h-fit rounded-lg bg-red-50 p-4 text-sm text-red-900" data-testid="signature-expired">
                {t("expiredNote")}
              </p>
            )}
            {document.awaitingOther && <p className="h-fit rounded-lg bg-amber-50 p-4 text-sm text-amber-900">{t("awaitingOther")}</p>}
          </>
        )}
      </div>
    </div>
  );
}
