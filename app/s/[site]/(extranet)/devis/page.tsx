import { getLocale, getTranslations } from "next-intl/server";
import { quoteColumns } from "@/components/quotes/quote-columns";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireContact } from "@/lib/auth/require-contact";
import { formatDate } from "@/lib/format/format";
import { pageQuery } from "@/lib/http/request-params";
import { listCompanyQuotes } from "@/lib/quotes/list-quotes";
import { quoteListQuerySchema } from "@/lib/quotes/quote-list-query";

export default async function QuotesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const context = await requireContact();
  const { page, tri, ordre = "desc" } = await pageQuery(searchParams, quoteListQuerySchema);
  const [list, t, locale] = await Promise.all([
    listCompanyQuotes({ context, page, sort: tri, direction: ordre }),
    getTranslations("quotes"),
    getLocale(),
  ]);
  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} description={t("intro")} />
      <DataTable
        caption={t("title")}
        rows={list.rows}
        rowKey={(row) => row.id}
        sort={{ key: tri, direction: ordre, path: "/devis", params: {} }}
        rowTestId="quote-row"
        empty={t("empty")}
        columns={quoteColumns({
          t,
          locale,
          basePath: "/devis",
          extra: [{ key: "sentAt", header: t("columns.sentAt"), sortKey: "sentAt", cell: (row) => formatDate(row.sentAt, locale) }],
        })}
      />
      <Pagination path="/devis" page={list.page} pageCount={list.pageCount} params={{ tri, ordre }} />
    </div>
  );
}
