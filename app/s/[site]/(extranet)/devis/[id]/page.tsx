import Link from "next/link";
import { z } from "zod";
import { getFormatter, getTranslations } from "next-intl/server";
import { LazyPdfViewer } from "@/components/documents/lazy-pdf-viewer";
import { SignaturePanel } from "@/components/documents/signature-panel";
import { QuoteStatusBadge } from "@/components/quotes/quote-status-badge";
import { QuoteStepForm } from "@/components/quotes/quote-step-form";
import { QuoteSummary } from "@/components/quotes/quote-summary";
import { Card } from "@/components/ui/card";
import { requireContact } from "@/lib/auth/require-contact";
import { idParam, pageParams } from "@/lib/http/request-params";
import { getCompanyQuote } from "@/lib/quotes/get-company-quote";
import { declineQuoteAction } from "@/lib/quotes/quote-actions";
import { recordSignatureView } from "@/lib/signatures/record-signature-view";
import { requestOrigin } from "@/lib/signatures/request-origin";

export default async function QuotePage({ params }: { params: Promise<{ id: string }> }) {
  const context = await requireContact();
  const { id } = await pageParams(params, z.object({ id: idParam }));
  const quote = await getCompanyQuote({ context, quoteId: id });
  if (quote.openRequestId) await recordSignatureView({ context, requestId: quote.openRequestId, origin: await requestOrigin() });
  const [t, format] = await Promise.all([getTranslations("quotes"), getFormatter()]);
  const file = quote.documentId ? `/documents/${quote.documentId}/fichier` : null;
  const longDate = (date: Date) => format.dateTime(date, { dateStyle: "long" });

  return (
    <div className="space-y-6">
      <Link href="/devis" className="text-sm text-slate-700 underline">
        {t("back")}
      </Link>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("detailTitle", { number: quote.number })}</h1>
          <p className="text-slate-700">{t("addressedTo", { name: quote.contactName })}</p>
        </div>
        <QuoteStatusBadge status={quote.status} />
      </header>
      {quote.status === "EXPIRED" && (
        <p role="status" className="rounded-md bg-amber-50 p-4 text-sm text-amber-900" data-testid="quote-expired">
          {t("expired", { date: longDate(quote.validUntil) })}
        </p>
      )}
      {quote.signed?.signedAt && (
        <p className="text-sm text-emerald-800">
          {t("acceptedBy", { name: quote.signed.signerName ?? "", date: longDate(quote.signed.signedAt) })}
        </p>
      )}
      {quote.status === "DECLINED" && quote.declinedAt && (
        <p className="text-sm text-slate-800">{t("declinedOn", { date: longDate(quote.declinedAt), reason: quote.declineReason ?? "" })}</p>
      )}
      {file && (
        <div className="flex flex-wrap gap-3">
          {quote.signed && (
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
            data-testid="download-quote"
          >
            {t("download")}
          </a>
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-6">
          <QuoteSummary quote={quote} />
          {file && (
            <section aria-label={t("preview")} className="min-w-0">
              <LazyPdfViewer url={`${file}?inline=1${quote.signed ? "&version=signed" : ""}`} />
            </section>
          )}
        </div>
        {quote.openRequestId ? (
          <div className="h-fit space-y-4">
            <Card as="aside" aria-labelledby="sign-title">
              <h2 id="sign-title" className="mb-2 text-lg font-semibold">
                {t("acceptTitle")}
              </h2>
              <p className="mb-4 text-sm text-slate-700">{t("acceptIntro")}</p>
              <SignaturePanel requestId={quote.openRequestId} defaultName={`${context.user.firstName} ${context.user.lastName}`} />
            </Card>
            <Card as="aside" aria-labelledby="decline-title">
              <h2 id="decline-title" className="mb-2 text-lg font-semibold">
                {t("declineTitle")}
              </h2>
              <QuoteStepForm
                action={declineQuoteAction}
                quoteId={quote.id}
                reasonLabel={t("declineReason")}
                submitLabel={t("decline")}
                pendingLabel={t("declining")}
                variant="secondary"
                testId="decline-form"
              />
            </Card>
          </div>
        ) : (
          quote.status === "SENT" &&
          !quote.addressee && <p className="h-fit rounded-lg bg-amber-50 p-4 text-sm text-amber-900">{t("awaitingAddressee")}</p>
        )}
      </div>
    </div>
  );
}
