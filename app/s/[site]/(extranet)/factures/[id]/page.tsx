import Link from "next/link";
import { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { PayOnlineForm } from "@/components/payments/pay-online-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { invoiceStatusTone } from "@/components/ui/status-tones";
import { requireContact } from "@/lib/auth/require-contact";
import { formatDate, formatMoney, formatNumber, formatPercent } from "@/lib/format/format";
import { idParam, pageParams } from "@/lib/http/request-params";
import type { FacturXParty } from "@/lib/invoices/factur-x/factur-x-invoice";
import { isTaxed } from "@/lib/invoices/factur-x/legal-notes";
import { getInvoice } from "@/lib/invoices/get-invoice";
import { awaitsCompanyPayment } from "@/lib/invoices/invoice-status";
import { onlinePaymentsEnabled } from "@/lib/payments/stripe-client";

/** Who issued the invoice, or who it is billed to: name, address, identifiers. */
function Party({ title, party, t }: { title: string; party: FacturXParty; t: (key: string, values?: Record<string, string>) => string }) {
  return (
    <div className="space-y-0.5 text-sm">
      <h2 className="font-semibold text-slate-900">{title}</h2>
      <p className="font-medium">{party.name}</p>
      {party.line && <p>{party.line}</p>}
      {(party.postalCode || party.city) && <p>{[party.postalCode, party.city].filter(Boolean).join(" ")}</p>}
      {party.siret && <p className="text-slate-600">{t("siret", { siret: party.siret })}</p>}
      {party.vatNumber && <p className="text-slate-600">{t("vatNumber", { number: party.vatNumber })}</p>}
    </div>
  );
}

/**
 * One invoice or credit note of the viewed companies (another company's or organisation's id: not found):
 * the parties, the lines, the totals and payments, the Factur-X files, and the online payment when it is due.
 */
export default async function InvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const context = await requireContact();
  const { id } = await pageParams(params, z.object({ id: idParam }));
  const [invoice, t, tInvoices, locale] = await Promise.all([
    getInvoice({ context, invoiceId: id }),
    getTranslations("invoices.detail"),
    getTranslations("invoices"),
    getLocale(),
  ]);
  const money = (cents: number) => formatMoney(cents, locale);
  const date = (value: Date) => formatDate(value, locale, "long");
  const dueCents = Math.max(0, invoice.totalInclTaxCents - invoice.paidCents);
  const payable =
    onlinePaymentsEnabled() && !context.preview && awaitsCompanyPayment({ ...invoice, billedToFunder: Boolean(invoice.subrogation) });
  const totals: [string, number][] = [
    [t("totals.exclTax"), invoice.totalExclTaxCents],
    [t("totals.vat"), invoice.vatCents],
    [t("totals.inclTax"), invoice.totalInclTaxCents],
    ...(invoice.kind === "INVOICE"
      ? ([
          [t("totals.paid"), invoice.paidCents],
          [invoice.subrogation ? t("totals.dueByFunder", { funder: invoice.buyer.name }) : t("totals.due"), dueCents],
        ] as [string, number][])
      : []),
  ];

  return (
    <div className="space-y-6">
      <Link href="/factures" className="text-sm text-slate-700 underline-offset-4 hover:underline">
        {t("back")}
      </Link>
      <PageHeader
        title={t(invoice.kind === "CREDIT_NOTE" ? "creditNoteTitle" : "invoiceTitle", { number: invoice.number })}
        description={
          <p className="flex flex-wrap items-center gap-2">
            <Badge tone={invoiceStatusTone[invoice.status]}>{tInvoices(`status.${invoice.status}`)}</Badge>
            <span>{t("dates", { issued: date(invoice.issueDate), due: date(invoice.dueDate) })}</span>
          </p>
        }
        actions={
          <p className="flex flex-wrap gap-3 text-sm">
            <a href={`/factures/${invoice.id}/pdf`} download className="font-semibold underline-offset-4 hover:underline">
              {tInvoices("download", { number: invoice.number })}
            </a>
            <a href={`/factures/${invoice.id}/xml`} download className="underline-offset-4 hover:underline">
              {tInvoices("downloadXml")}
            </a>
          </p>
        }
      />
      {invoice.subrogation && (
        <p role="note" className="rounded-md bg-blue-50 p-3 text-sm text-blue-950">
          {t("subrogation", { funder: invoice.buyer.name })}
        </p>
      )}
      {invoice.credited && (
        <p className="text-sm text-slate-700">
          {t("credits", { number: invoice.credited.number, date: date(invoice.credited.issueDate) })}
        </p>
      )}
      {payable && (
        <Card>
          <PayOnlineForm invoiceId={invoice.id} />
        </Card>
      )}
      <Card className="grid gap-4 sm:grid-cols-2">
        <Party title={t("seller")} party={invoice.seller} t={t} />
        <Party title={t("buyer")} party={invoice.buyer} t={t} />
        {invoice.actionLabel && <p className="text-sm text-slate-700 sm:col-span-2">{t("period", { training: invoice.actionLabel })}</p>}
      </Card>
      <DataTable
        caption={t("lines")}
        rows={invoice.lines.map((line, position) => ({ ...line, position }))}
        rowKey={(line) => String(line.position)}
        empty={null}
        columns={[
          { key: "label", header: t("columns.label"), cell: (line) => line.label },
          { key: "quantity", header: t("columns.quantity"), align: "right", cell: (line) => formatNumber(line.quantity, locale) },
          {
            key: "unitPrice",
            header: t("columns.unitPrice"),
            align: "right",
            className: "whitespace-nowrap",
            cell: (line) => money(line.unitPriceCents),
          },
          { key: "vat", header: t("columns.vat"), align: "right", cell: (line) => formatPercent(line.vatRateBasisPoints / 10_000, locale) },
          {
            key: "total",
            header: t("columns.total"),
            align: "right",
            className: "whitespace-nowrap",
            cell: (line) => money(line.totalExclTaxCents),
          },
        ]}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <Card as="section" aria-labelledby="payments-title" className="space-y-2">
          <h2 id="payments-title" className="font-semibold">
            {t("payments")}
          </h2>
          {invoice.payments.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noPayment")}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {invoice.payments.map((payment, index) => (
                <li key={index}>
                  {t("payment", { date: date(payment.paidAt), amount: money(payment.amountCents), method: payment.method })}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <dl className="space-y-1 text-sm" data-testid="invoice-totals">
            {totals.map(([label, cents]) => (
              <div key={label} className="flex justify-between gap-4">
                <dt className="text-slate-700">{label}</dt>
                <dd className="font-semibold whitespace-nowrap">{money(cents)}</dd>
              </div>
            ))}
          </dl>
          {!isTaxed(invoice) && <p className="mt-2 text-xs text-slate-600">{t("exempt")}</p>}
        </Card>
      </div>
    </div>
  );
}
