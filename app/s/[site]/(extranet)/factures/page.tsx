import Link from "next/link";
import { z } from "zod";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { BarChartCard } from "@/components/dashboard/bar-chart-card";
import { Badge, invoiceStatusTone } from "@/components/trainings/badge";
import { formatEuros } from "@/components/trainings/format-rate";
import { PAY_ERROR_ID, PAY_FORM_ID, PayOnlineForm } from "@/components/payments/pay-online-form";
import { Pagination } from "@/components/trainings/pagination";
import { requireContact } from "@/lib/auth/require-contact";
import { enumFilter, numberFilter, pageFilter, pageQuery } from "@/lib/http/request-params";
import { INVOICE_STATUSES } from "@/lib/invoices/invoice-status";
import { listInvoices } from "@/lib/invoices/list-invoices";
import { onlinePaymentsEnabled } from "@/lib/payments/stripe-client";

const querySchema = z.object({
  year: numberFilter(1901, 2999),
  status: enumFilter(INVOICE_STATUSES),
  page: pageFilter,
  paiement: enumFilter(["ok", "annule"] as const),
});

export default async function InvoicesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const context = await requireContact();
  const { year, status, page, paiement } = await pageQuery(searchParams, querySchema);
  const [list, t, tPay, format, locale] = await Promise.all([
    listInvoices({ context, year, status, page }),
    getTranslations("invoices"),
    getTranslations("payments"),
    getFormatter(),
    getLocale(),
  ]);
  const selected = list.years.find((row) => row.year === list.year);
  // A preview is read-only; the button shows only when a payment provider is configured.
  const payable = onlinePaymentsEnabled() && !context.preview;
  const isPayable = (row: (typeof list.rows)[number]) =>
    payable && row.kind === "INVOICE" && ["UNPAID", "OVERDUE", "PARTLY_PAID"].includes(row.status);
  const euros = (cents: number) => formatEuros(cents, locale);
  const linkParams = (extra: Record<string, string | undefined>) =>
    new URLSearchParams(
      Object.entries({ year: String(list.year), status, ...extra }).filter((entry): entry is [string, string] => Boolean(entry[1])),
    ).toString();
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {paiement && (
        <p role="status" className="rounded-md bg-white p-3 text-sm shadow-sm">
          {tPay(paiement === "ok" ? "returned" : "cancelled")}
        </p>
      )}
      {list.years.length === 0 ? (
        <p className="rounded-xl bg-white p-6 shadow-sm">{t("empty")}</p>
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
            <dl className="grid gap-4 sm:grid-cols-4" data-testid="year-totals">
              <div className="rounded-xl bg-white p-4 shadow-sm">
                <dt className="text-sm text-slate-600">{t("totals.count")}</dt>
                <dd className="text-xl font-semibold">{selected.count}</dd>
              </div>
              <div className="rounded-xl bg-white p-4 shadow-sm">
                <dt className="text-sm text-slate-600">{t("totals.exclTax")}</dt>
                <dd className="text-xl font-semibold">{euros(selected.totalExclTaxCents)}</dd>
              </div>
              <div className="rounded-xl bg-white p-4 shadow-sm">
                <dt className="text-sm text-slate-600">{t("totals.inclTax")}</dt>
                <dd className="text-xl font-semibold">{euros(selected.totalInclTaxCents)}</dd>
              </div>
              <div className="rounded-xl bg-white p-4 shadow-sm">
                <dt className="text-sm text-slate-600">{t("totals.outstanding")}</dt>
                <dd className="text-xl font-semibold">{euros(selected.outstandingCents)}</dd>
              </div>
            </dl>
          )}
          <form method="get" className="flex flex-wrap items-end gap-3 rounded-xl bg-white p-4 shadow-sm">
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
            <button className="rounded-md bg-brand px-4 py-1.5 text-sm font-semibold text-brand-contrast">{t("filters.apply")}</button>
            <p className="text-sm text-slate-600">
              {t("filteredTotals", { count: list.filteredTotals.count, total: euros(list.filteredTotals.totalInclTaxCents) })}
            </p>
          </form>
          {list.rows.length === 0 ? (
            <p className="rounded-xl bg-white p-6 shadow-sm">{t("emptyFilter")}</p>
          ) : (
            <div className="overflow-x-auto rounded-xl bg-white shadow-sm">
              {list.rows.some(isPayable) && (
                <div className="border-b border-slate-100 p-3">
                  <PayOnlineForm />
                </div>
              )}
              <table className="min-w-full text-sm">
                <thead className="bg-slate-50 text-left text-slate-700">
                  <tr>
                    {payable && (
                      <th scope="col" className="px-3 py-2">
                        <span className="sr-only">{tPay("pay")}</span>
                      </th>
                    )}
                    <th scope="col" className="px-3 py-2">
                      {t("columns.number")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t("columns.issueDate")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t("columns.dueDate")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t("columns.training")}
                    </th>
                    <th scope="col" className="px-3 py-2 text-right">
                      {t("columns.total")}
                    </th>
                    <th scope="col" className="px-3 py-2 text-right">
                      {t("columns.paid")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t("columns.status")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      <span className="sr-only">{t("columns.pdf")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.rows.map((row) => (
                    <tr key={row.id} className="border-t border-slate-100">
                      {payable && (
                        <td className="px-3 py-2">
                          {isPayable(row) && (
                            <input
                              type="checkbox"
                              form={PAY_FORM_ID}
                              name={`invoice_${row.id}`}
                              aria-label={tPay("select", { number: row.number })}
                              aria-describedby={PAY_ERROR_ID}
                              className="size-4"
                            />
                          )}
                        </td>
                      )}
                      <td className="px-3 py-2 font-medium">
                        {row.number}
                        {row.kind === "CREDIT_NOTE" && <span className="ml-1 text-xs text-slate-600">({t("creditNote")})</span>}
                      </td>
                      <td className="px-3 py-2 whitespace-nowrap">
                        {format.dateTime(row.issueDate, { dateStyle: "medium", timeZone: "UTC" })}
                      </td>
                      <td className="px-3 py-2 whitespace-nowrap">
                        {format.dateTime(row.dueDate, { dateStyle: "medium", timeZone: "UTC" })}
                      </td>
                      <td className="px-3 py-2">{row.actionTitle ?? "—"}</td>
                      <td className="px-3 py-2 text-right whitespace-nowrap">{euros(row.totalInclTaxCents)}</td>
                      <td className="px-3 py-2 text-right whitespace-nowrap">{euros(row.paidCents)}</td>
                      <td className="px-3 py-2">
                        <Badge tone={invoiceStatusTone[row.status]}>{t(`status.${row.status}`)}</Badge>
                      </td>
                      <td className="px-3 py-2 whitespace-nowrap">
                        <a href={`/factures/${row.id}/pdf`} download className="underline-offset-4 hover:underline">
                          {t("download", { number: row.number })}
                        </a>
                        <span aria-hidden="true"> · </span>
                        <a href={`/factures/${row.id}/xml`} download className="underline-offset-4 hover:underline">
                          {t("downloadXml")}
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
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
