import Link from "next/link";
import { z } from "zod";
import { getFormatter, getTranslations } from "next-intl/server";
import { QuoteStatusBadge } from "@/components/quotes/quote-status-badge";
import { QuoteStepForm } from "@/components/quotes/quote-step-form";
import { QuoteSummary } from "@/components/quotes/quote-summary";
import { Card } from "@/components/ui/card";
import { requireStaff } from "@/lib/auth/require-staff";
import { idParam, pageParams } from "@/lib/http/request-params";
import { getStaffQuote } from "@/lib/quotes/get-staff-quote";
import { convertQuoteAction } from "@/lib/quotes/quote-actions";

export default async function AdminQuotePage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff();
  const { id } = await pageParams(params, z.object({ id: idParam }));
  const quote = await getStaffQuote({ staff, quoteId: id });
  const [t, format] = await Promise.all([getTranslations("quotes"), getFormatter()]);
  const longDate = (date: Date) => format.dateTime(date, { dateStyle: "long" });
  const sessions = [...new Map(quote.lines.flatMap((line) => (line.action ? [[line.action.id, line.action]] : []))).values()];

  return (
    <div className="space-y-6">
      <Link href="/admin/devis" className="text-sm text-slate-700 underline">
        {t("admin.back")}
      </Link>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("detailTitle", { number: quote.number })}</h1>
          <p className="text-slate-700">
            <Link href={`/admin/entreprises/${quote.companyId}`} className="underline">
              {quote.company.name}
            </Link>{" "}
            · {t("addressedTo", { name: quote.contactName })}
          </p>
        </div>
        <QuoteStatusBadge status={quote.status} />
      </header>
      {quote.documentId && (
        <p>
          <Link href={`/admin/documents/${quote.documentId}`} className="text-sm font-semibold underline" data-testid="quote-document">
            {t("admin.document")}
          </Link>
        </p>
      )}
      {quote.acceptedAt && <p className="text-sm text-emerald-800">{t("admin.acceptedOn", { date: longDate(quote.acceptedAt) })}</p>}
      {quote.status === "DECLINED" && quote.declinedAt && (
        <p className="text-sm text-slate-800" data-testid="decline-reason">
          {t("declinedOn", { date: longDate(quote.declinedAt), reason: quote.declineReason ?? "" })}
        </p>
      )}
      {quote.status === "ACCEPTED" && (
        <Card aria-labelledby="convert-title" className="space-y-2">
          <h2 id="convert-title" className="text-lg font-semibold">
            {t("admin.convertTitle")}
          </h2>
          <p className="text-sm text-slate-700">
            {quote.type === "INTRA" ? t("admin.convertIntra", { count: quote.participantCount }) : t("admin.convertInter")}
          </p>
          <QuoteStepForm
            action={convertQuoteAction}
            quoteId={quote.id}
            submitLabel={t("admin.convert")}
            pendingLabel={t("admin.converting")}
            testId="convert-form"
          />
        </Card>
      )}
      {quote.status === "CONVERTED" && (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900" data-testid="converted">
          {t("admin.convertedOn", { date: longDate(quote.convertedAt!) })}{" "}
          {quote.action ? (
            <span>{t("admin.convertedAction", { number: quote.action.number })}</span>
          ) : (
            <span>{t("admin.convertedSeats", { sessions: sessions.map((session) => session.number).join(", ") })}</span>
          )}
        </p>
      )}
      <QuoteSummary quote={quote} />
    </div>
  );
}
