import Link from "next/link";
import { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { QuoteStatusBadge } from "@/components/quotes/quote-status-badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireContact } from "@/lib/auth/require-contact";
import { formatDate, formatMoney } from "@/lib/format/format";
import { pageFilter, pageQuery } from "@/lib/http/request-params";
import { listCompanyQuotes } from "@/lib/quotes/list-quotes";

export default async function QuotesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const context = await requireContact();
  const { page } = await pageQuery(searchParams, z.object({ page: pageFilter }));
  const [list, t, locale] = await Promise.all([listCompanyQuotes({ context, page }), getTranslations("quotes"), getLocale()]);
  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} description={t("intro")} />
      {list.rows.length === 0 && page === 1 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <DataTable
          caption={t("title")}
          rows={list.rows}
          rowKey={(row) => row.id}
          rowTestId="quote-row"
          empty={t("empty")}
          columns={[
            {
              key: "number",
              header: t("columns.number"),
              className: "sm:whitespace-nowrap",
              cell: (row) => (
                <Link href={`/devis/${row.id}`} className="font-medium underline">
                  {row.number}
                </Link>
              ),
            },
            { key: "type", header: t("columns.type"), cell: (row) => t(`types.${row.type}`) },
            { key: "sentAt", header: t("columns.sentAt"), cell: (row) => formatDate(row.sentAt, locale) },
            { key: "validUntil", header: t("columns.validUntil"), cell: (row) => formatDate(row.validUntil, locale) },
            {
              key: "total",
              header: t("columns.total"),
              align: "right",
              className: "whitespace-nowrap",
              cell: (row) => formatMoney(row.totalInclTaxCents, locale),
            },
            { key: "status", header: t("columns.status"), cell: (row) => <QuoteStatusBadge status={row.status} /> },
          ]}
        />
      )}
      <Pagination path="/devis" page={list.page} pageCount={list.pageCount} />
    </div>
  );
}
