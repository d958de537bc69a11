import { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { quoteColumns } from "@/components/quotes/quote-columns";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireContact } from "@/lib/auth/require-contact";
import { formatDate } from "@/lib/format/format";
import { pageFilter, pageQuery } from "@/lib/http/request-params";
import { listCompanyQuotes } from "@/lib/quotes/list-quotes";

export default async function QuotesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const context = await requireContact();
  const { page } = await pageQuery(searchParams, z.object({ page: pageFilter }));
  const [list, t, locale] = await Promise.all([listCompanyQuotes({ context, page }), getTranslations("quotes"), getLocale()]);
  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} description={t("intro")} />
      <DataTable
        caption={t("title")}
        rows={list.rows}
        rowKey={(row) => row.id}
        rowTestId="quote-row"
        empty={t("empty")}
        columns={quoteColumns({
          t,
          locale,
          basePath: "/devis",
          extra: [{ key: "sentAt", header: t("columns.sentAt"), cell: (row) => formatDate(row.sentAt, locale) }],
        })}
      />
      <Pagination path="/devis" page={list.page} pageCount={list.pageCount} />
    </div>
  );
}
