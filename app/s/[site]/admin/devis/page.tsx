import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { quoteColumns } from "@/components/quotes/quote-columns";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/require-staff";
import { pageQuery } from "@/lib/http/request-params";
import { listStaffQuotes } from "@/lib/quotes/list-quotes";
import { quoteListQuerySchema } from "@/lib/quotes/quote-list-query";

export default async function AdminQuotesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff();
  const { page, tri, ordre = "desc" } = await pageQuery(searchParams, quoteListQuerySchema);
  const [list, t, locale] = await Promise.all([
    listStaffQuotes({ staff, page, sort: tri, direction: ordre }),
    getTranslations("quotes"),
    getLocale(),
  ]);
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
      <DataTable
        caption={t("title")}
        rows={list.rows}
        rowKey={(row) => row.id}
        sort={{ key: tri, direction: ordre, path: "/admin/devis", params: {} }}
        rowTestId="admin-quote-row"
        empty={t("admin.empty")}
        columns={quoteColumns({
          t,
          locale,
          basePath: "/admin/devis",
          extra: [
            { key: "company", header: t("columns.company"), sortKey: "company", cell: (row) => row.companyName },
            { key: "contact", header: t("columns.contact"), cell: (row) => row.contactName },
          ],
        })}
      />
      <Pagination path="/admin/devis" page={list.page} pageCount={list.pageCount} params={{ tri, ordre }} />
    </div>
  );
}
