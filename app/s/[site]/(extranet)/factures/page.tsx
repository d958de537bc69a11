import Link from "next/link";
import { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { BarChartCard } from "@/components/dashboard/bar-chart-card";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { formatDate, formatMoney, formatNumber } from "@/lib/format/format";
import { Pagination } from "@/components/ui/pagination";
import { PAY_ERROR_ID, PAY_FORM_ID, PayOnlineForm } from "@/components/payments/pay-online-form";
import { CompanyFilter } from "@/components/group/company-filter";
import { companyColumn } from "@/components/group/company-column";
import { requireContact } from "@/lib/auth/require-contact";
import { directionFilter, enumFilter, idFilter, numberFilter, pageFilter, pageQuery, sortFilter } from "@/lib/http/request-params";
import { INVOICE_STATUSES, awaitsCompanyPayment } from "@/lib/invoices/invoice-status";
import { INVOICE_SORTS, listInvoices, type InvoiceRow } from "@/lib/invoices/list-invoices";
import { onlinePaymentsEnabled } from "@/lib/payments/stripe-client";
import { InvoiceNumber } from "@/components/invoices/invoice-number";
import { invoiceColumns } from "@/components/invoices/invoice-columns";

const querySchema = z.object({
  year: numberFilter(1901, 2999),
  status: enumFilter(INVOICE_STATUSES),
  entreprise: idFilter,
  tri: sortFilter(INVOICE_SORTS, "issueDate"),
  ordre: directionFilter,
  page: pageFilter,
  paiement: enumFilter(["ok", "annule"] as const),
});

export default async function InvoicesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const context = await requireContact();
  const { year, status, entreprise, tri, ordre = "desc", page, paiement } = await pageQuery(searchParams, querySchema);
  const [list, t, tGroup, tPay, locale, invoiceColumn] = await Promise.all([
    listInvoices({ context, year, status, companyId: entreprise, sort: tri, direction: ordre, page }),
    getTranslations("invoices"),
    getTranslations("groupView"),
    getTranslations("payments"),
    getLocale(),
    invoiceColumns<InvoiceRow>(),
  ]);
  const selected = list.years.find((row) => row.year === list.year);
  // A preview is read-only; the button shows only when a payment provider is configured; a subrogated
  // funder pays its own invoice.
  const payable = onlinePaymentsEnabled() && !context.preview;
  const isPayable = (row: (typeof list.rows)[number]) => payable && awaitsCompanyPayment({ ...row, billedToFunder: Boolean(row.funder) });
  const euros = (cents: number) => formatMoney(cents, locale);
  const linkParams = (extra: Record<string, string | undefined>) =>
    new URLSearchParams(
      Object.entries({ year: String(list.year), status, entreprise, tri, ordre, ...extra }).filter((entry): entry is [string, string] =>
        Boolean(entry[1]),
      ),
    ).toString();
  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} />
      {paiement && (
        <p role="status" className="rounded-md bg-white p-3 text-sm shadow-sm">
          {tPay(paiement === "ok" ? "returned" : "cancelled")}
        </p>
      )}
      {list.years.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <>
          <nav aria-label={t("years")} className="flex flex-wrap gap-2">
            {list.years.map((row) => (
              <Link
                key={row.year}
                href={`/factures?${linkParams({ year: String(row.year), page: undefined })}`}
                aria-current={row.year === list.year ? "page" : undefined}
                className={`rounded-md border px-3 py-1 text-sm ${row.year === list.year ? "border-brand bg-brand text-brand-contrast" : "border-slate-300 bg-white hover:border-brand"}`}
              >
                {row.year}
              </Link>
            ))}
          </nav>
          {selected && (
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="year-totals">
              <StatCard label={t("totals.count")} value={formatNumber(selected.count, locale)} />
              <StatCard label={t("totals.exclTax")} value={euros(selected.totalExclTaxCents)} />
              <StatCard label={t("totals.inclTax")} definition={t("totals.companyOnly")} value={euros(selected.totalInclTaxCents)} />
              <StatCard label={t("totals.outstanding")} definition={t("totals.companyOnly")} value={euros(selected.outstandingCents)} />
            </div>
          )}
          <Card as="form" padding="sm" method="get" className="flex flex-wrap items-end gap-3">
            <input type="hidden" name="year" value={list.year} />
            <label className="text-sm font-medium">
              {t("filters.status")}
              <select
                name="status"
                defaultValue={status ?? ""}
                className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
              >
                <option value="">{t("filters.all")}</option>
                {INVOICE_STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {t(`status.${value}`)}
                  </option>
                ))}
              </select>
            </label>
            <CompanyFilter context={context} selected={entreprise} />
            <input type="hidden" name="tri" value={tri} />
            <input type="hidden" name="ordre" value={ordre} />
            <button className="rounded-md bg-brand px-4 py-1.5 text-sm font-semibold text-brand-contrast">{t("filters.apply")}</button>
            <p className="text-sm text-slate-600">
              {t("filteredTotals", { count: list.filteredTotals.count, total: euros(list.filteredTotals.totalInclTaxCents) })}
            </p>
          </Card>
          {list.rows.some(isPayable) && (
            <Card>
              <PayOnlineForm />
            </Card>
          )}
          <DataTable
            caption={t("title")}
            rows={list.rows}
            rowKey={(row) => row.id}
            empty={t("emptyFilter")}
            sort={{
              key: tri,
              direction: ordre,
              path: "/factures",
              params: { year: String(list.year), status, entreprise },
            }}
            columns={[
              ...(payable
                ? [
                    {
                      key: "pay",
                      header: tPay("pay"),
                      hideHeader: true,
                      cell: (row: (typeof list.rows)[number]) =>
                        isPayable(row) && (
                          <input
                            type="checkbox"
                            form={PAY_FORM_ID}
                            name={`invoice_${row.id}`}
                            aria-label={tPay("select", { number: row.number })}
                            aria-describedby={PAY_ERROR_ID}
                            className="size-4"
                          />
                        ),
                    },
                  ]
                : []),
              {
                key: "number",
                header: t("columns.number"),
                sortKey: "number",
                className: "sm:whitespace-nowrap",
                cell: (row) => <InvoiceNumber number={row.number} kind={row.kind} funder={row.funder} href={`/factures/${row.id}`} />,
              },
              ...companyColumn(context, tGroup("company"), (row: (typeof list.rows)[number]) => [row.companyId]),
              { ...invoiceColumn.issueDate, sortKey: "issueDate" },
              {
                key: "dueDate",
                header: t("columns.dueDate"),
                sortKey: "dueDate",
                className: "whitespace-nowrap",
                cell: (row) => formatDate(row.dueDate, locale, "medium"),
              },
              { key: "training", header: t("columns.training"), cell: (row) => row.actionTitle ?? "—" },
              { ...invoiceColumn.total, sortKey: "total" },
              {
                key: "paid",
                header: t("columns.paid"),
                align: "right",
                className: "whitespace-nowrap",
                cell: (row) => euros(row.paidCents),
              },
              invoiceColumn.status,
              {
                key: "pdf",
                header: t("columns.pdf"),
                hideHeader: true,
                cell: (row) => (
                  <span className="whitespace-nowrap">
                    <a href={`/factures/${row.id}/pdf`} download className="underline-offset-4 hover:underline">
                      {t("download", { number: row.number })}
                    </a>
                    <span aria-hidden="true"> · </span>
                    <a href={`/factures/${row.id}/xml`} download className="underline-offset-4 hover:underline">
                      {t("downloadXml")}
                    </a>
                  </span>
                ),
              },
            ]}
          />
          <Pagination
            page={list.page}
            pageCount={list.pageCount}
            params={Object.fromEntries(new URLSearchParams(linkParams({})))}
            path="/factures"
          />
          {list.years.length > 1 && (
            <BarChartCard
              title={t("chart")}
              valueLabel={t("totals.inclTax")}
              unit="euros"
              data={[...list.years].reverse().map((row) => ({ label: String(row.year), value: row.totalInclTaxCents / 100 }))}
            />
          )}
        </>
      )}
    </div>
  );
}
