import Link from "next/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/admin/search-form";
import { requireStaff } from "@/lib/auth/require-staff";
import { listCompanies } from "@/lib/crm/list-companies";
import { pageFilter, pageQuery, textFilter } from "@/lib/http/request-params";

export async function generateMetadata() {
  return { title: (await getTranslations("companies"))("title") };
}

export default async function CompaniesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff();
  const { q, page } = await pageQuery(searchParams, z.object({ q: textFilter(100), page: pageFilter }));
  const [companies, t] = await Promise.all([listCompanies({ staff, search: q, page }), getTranslations("companies")]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/admin/entreprises/nouvelle" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
          {t("new")}
        </Link>
      </div>
      <SearchForm label={t("search")} submit={t("searchSubmit")} defaultValue={q} />
      {companies.items.length === 0 ? (
        <p className="rounded-xl bg-white p-6 text-slate-700 shadow-sm">{q ? t("noResults", { q }) : t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("caption", { count: companies.total })}</caption>
            <thead className="border-b border-slate-200 bg-slate-50">
              <tr>
                <th scope="col" className="px-4 py-2">
                  {t("name")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("centre")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("parent")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("city")}
                </th>
                <th scope="col" className="px-4 py-2 text-right">
                  {t("contactCount")}
                </th>
              </tr>
            </thead>
            <tbody>
              {companies.items.map((company) => (
                <tr key={company.id} className="border-b border-slate-100" data-testid="company-row">
                  <td className="px-4 py-2">
                    <Link href={`/admin/entreprises/${company.id}`} className="font-medium hover:underline">
                      {company.name}
                    </Link>
                    {company.isIndividual && <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs">{t("individual")}</span>}
                  </td>
                  <td className="px-4 py-2">{company.centreName ?? "—"}</td>
                  <td className="px-4 py-2">{company.parentName ?? "—"}</td>
                  <td className="px-4 py-2">{company.city ?? "—"}</td>
                  <td className="px-4 py-2 text-right">{company.contactCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination path="/admin/entreprises" page={companies.page} pageCount={companies.pageCount} params={{ q }} />
    </div>
  );
}
