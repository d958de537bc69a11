import Link from "next/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { requireContact } from "@/lib/auth/require-contact";
import { listParticipants } from "@/lib/participants/list-participants";
import { pageFilter, pageQuery, textFilter } from "@/lib/http/request-params";

export default async function ParticipantsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const context = await requireContact();
  const { q, page } = await pageQuery(searchParams, z.object({ q: textFilter(100), page: pageFilter }));
  const [list, t] = await Promise.all([listParticipants({ context, q, page }), getTranslations("participants")]);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <form method="get" role="search" className="flex flex-wrap items-end gap-3 rounded-xl bg-white p-4 shadow-sm">
        <label className="text-sm font-medium">
          {t("search")}
          <input type="search" name="q" defaultValue={q} className="mt-1 block rounded-md border border-slate-300 px-2 py-1.5 text-sm" />
        </label>
        <button className="rounded-md bg-brand px-4 py-1.5 text-sm font-semibold text-brand-contrast">{t("apply")}</button>
      </form>
      <p className="text-sm text-slate-600">{t("count", { count: list.total })}</p>
      {list.rows.length === 0 ? (
        <p className="rounded-xl bg-white p-6 shadow-sm">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl bg-white shadow-sm">
          <table className="min-w-full text-sm">
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("columns.name")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("columns.jobTitle")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("columns.email")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("columns.trainings")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id} className="border-t border-slate-100">
                  <td className="px-3 py-2">
                    <Link href={`/participants/${row.id}`} className="font-medium underline-offset-4 hover:underline">
                      {row.lastName} {row.firstName}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{row.jobTitle ?? "—"}</td>
                  <td className="px-3 py-2">{row.email ?? "—"}</td>
                  <td className="px-3 py-2">{row.trainingCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} params={q ? { q } : {}} path="/participants" />
    </div>
  );
}
