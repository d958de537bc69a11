import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "../ui/card";
import { DataTable } from "../ui/data-table";
import { formatDate, formatMoney } from "@/lib/format/format";

interface QuoteSummaryProps {
  quote: {
    number: string;
    type: "INTRA" | "INTER";
    validUntil: Date;
    sentAt: Date;
    participantCount: number;
    startDate: Date | null;
    endDate: Date | null;
    conditions: string;
    totalExclTaxCents: number;
    vatCents: number;
    totalInclTaxCents: number;
    lines: { id: string; label: string; quantity: number; unitPriceCents: number; totalCents: number }[];
  };
}

/** A quote's facts, lines and totals: what both its pages show before their actions. */
export async function QuoteSummary({ quote }: QuoteSummaryProps) {
  const [t, locale] = await Promise.all([getTranslations("quotes"), getLocale()]);
  const euros = (cents: number) => formatMoney(cents, locale);
  return (
    <div className="space-y-4">
      <Card>
        <dl className="grid gap-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <dt className="text-slate-600">{t("fields.type")}</dt>
            <dd className="font-medium">{t(`types.${quote.type}`)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("fields.sentAt")}</dt>
            <dd className="font-medium">{formatDate(quote.sentAt, locale, "long")}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("fields.validUntil")}</dt>
            <dd className="font-medium">{formatDate(quote.validUntil, locale, "long")}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("fields.participants")}</dt>
            <dd className="font-medium">{quote.participantCount}</dd>
          </div>
          {quote.startDate && quote.endDate && (
            <div className="sm:col-span-2">
              <dt className="text-slate-600">{t("fields.dates")}</dt>
              <dd className="font-medium">
                {t("fields.dateSpan", {
                  start: formatDate(quote.startDate, locale, "long"),
                  end: formatDate(quote.endDate, locale, "long"),
                })}
              </dd>
            </div>
          )}
        </dl>
      </Card>
      <DataTable
        caption={t("lines.caption", { number: quote.number })}
        rows={quote.lines}
        rowKey={(line) => line.id}
        empty={t("lines.empty")}
        columns={[
          { key: "label", header: t("lines.label"), cell: (line) => line.label },
          { key: "quantity", header: t("lines.quantity"), align: "right", cell: (line) => line.quantity },
          {
            key: "unit",
            header: t("lines.unit"),
            align: "right",
            className: "whitespace-nowrap",
            cell: (line) => euros(line.unitPriceCents),
          },
          {
            key: "total",
            header: t("lines.total"),
            align: "right",
            className: "whitespace-nowrap",
            cell: (line) => euros(line.totalCents),
          },
        ]}
      />
      <Card>
        <dl className="ml-auto grid max-w-xs grid-cols-2 gap-1 text-sm" data-testid="quote-totals">
          <dt>{t("totals.exclTax")}</dt>
          <dd className="text-right">{euros(quote.totalExclTaxCents)}</dd>
          <dt>{t("totals.vat")}</dt>
          <dd className="text-right">{euros(quote.vatCents)}</dd>
          <dt className="font-semibold">{t("totals.inclTax")}</dt>
          <dd className="text-right font-semibold">{euros(quote.totalInclTaxCents)}</dd>
        </dl>
      </Card>
      <Card>
        <h2 className="mb-1 text-base font-semibold">{t("fields.conditions")}</h2>
        <p className="text-sm whitespace-pre-line text-slate-800">{quote.conditions}</p>
      </Card>
    </div>
  );
}
