import Link from "next/link";
import { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { QuoteStatusBadge } from "@/components/quotes/quote-status-badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/require-staff";
import { formatDate, formatMoney } from "@/lib/format/format";
import { pageFilter, pageQuery } from "@/lib/http/request-params";
import { listStaffQuotes } from "@/lib/quotes/list-quotes";

export default async function AdminQuotesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff();
  const { page } = await pageQuery(searchParams, z.object({ page: pageFilter }));
  const [list, t, locale] = await Promise.all([listStaffQuotes({ staff, page }), getTranslations("quotes"), getLocale()]);
  return (
    <div className="space-y-5">
      <PageHeader
        title={t("title")}
        description={t("admin.intro")}
        actions={
          <Link
            href="/admin/devis/nouveau"
            className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast underline-offset-4 hover:underline"
          >
            {t("admin.new")}
          </Link>
        }
      />
      {list.rows.length === 0 && page === 1 ? (
        <EmptyState>{t("admin.empty")}</EmptyState>
      ) : (
        <DataTable
          caption={t("title")}
          rows={list.rows}
          rowKey={(row) => row.id}
          rowTestId="admin-quote-row"
          empty={t("admin.empty")}
          columns={[
            {
              key: "number",
              header: t("columns.number"),
              className: "sm:whitespace-nowrap",
              cell: (row) => (
                <Link href={`/admin/devis/${row.id}`} className="font-medium underline">
                  {row.number}
                </Link>
              ),
            },
            { key: "company", header: t("columns.company"), cell: (row) => row.companyName },
            { key: "contact", header: t("columns.contact"), cell: (row) => row.contactName },
            { key: "type", header: t("columns.type"), cell: (row) => t(`types.${row.type}`) },
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
      <Pagination path="/admin/devis" page={list.page} pageCount={list.pageCount} />
    </div>
  );
}
