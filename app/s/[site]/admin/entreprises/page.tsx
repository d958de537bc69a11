import Link from "next/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/admin/search-form";
import { requireStaff } from "@/lib/auth/require-staff";
import { COMPANY_SORTS, listCompanies } from "@/lib/crm/list-companies";
import { directionFilter, pageFilter, pageQuery, sortFilter, textFilter } from "@/lib/http/request-params";

const querySchema = z.object({ q: textFilter(100), tri: sortFilter(COMPANY_SORTS, "name"), ordre: directionFilter, page: pageFilter });

export async function generateMetadata() {
  return { title: (await getTranslations("companies"))("title") };
}

export default async function CompaniesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff();
  const { q, tri, ordre = "asc", page } = await pageQuery(searchParams, querySchema);
  const [companies, t] = await Promise.all([
    listCompanies({ staff, search: q, sort: tri, direction: ordre, page }),
    getTranslations("companies"),
  ]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        actions={
          <Link href="/admin/entreprises/nouvelle" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
            {t("new")}
          </Link>
        }
      />
      <SearchForm label={t("search")} submit={t("searchSubmit")} defaultValue={q} hidden={{ tri, ordre }} />
      <DataTable
        caption={t("caption", { count: companies.total })}
        rows={companies.items}
        rowKey={(company) => company.id}
        rowTestId="company-row"
        empty={q ? t("noResults", { q }) : t("empty")}
        sort={{ key: tri, direction: ordre, path: "/admin/entreprises", params: { q } }}
        columns={[
          {
            key: "name",
            header: t("name"),
            sortKey: "name",
            cell: (company) => (
              <span>
                <Link href={`/admin/entreprises/${company.id}`} className="font-medium hover:underline">
                  {company.name}
                </Link>
                {company.isIndividual && (
                  <span className="ml-2">
                    <Badge>{t("individual")}</Badge>
                  </span>
                )}
              </span>
            ),
          },
          { key: "centre", header: t("centre"), cell: (company) => company.centreName ?? "—" },
          { key: "parent", header: t("parent"), cell: (company) => company.parentName ?? "—" },
          { key: "city", header: t("city"), sortKey: "city", cell: (company) => company.city ?? "—" },
          { key: "contacts", header: t("contactCount"), sortKey: "contacts", align: "right", cell: (company) => company.contactCount },
        ]}
      />
      <Pagination path="/admin/entreprises" page={companies.page} pageCount={companies.pageCount} params={{ q, tri, ordre }} />
    </div>
  );
}
