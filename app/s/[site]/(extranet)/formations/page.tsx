import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge, actionStatusTone } from "@/components/trainings/badge";
import { Pagination } from "@/components/ui/pagination";
import { requireContact } from "@/lib/auth/require-contact";
import { pageQuery } from "@/lib/http/request-params";
import { actionFiltersSchema } from "@/lib/trainings/action-filters";
import { listCompanyActions } from "@/lib/trainings/list-company-actions";

export default async function TrainingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const context = await requireContact();
  const filters = await pageQuery(searchParams, actionFiltersSchema);
  const [list, t, format, locale] = await Promise.all([
    listCompanyActions({ context, filters }),
    getTranslations("trainings"),
    getFormatter(),
    getLocale(),
  ]);
  const params = Object.fromEntries(
    Object.entries({ period: filters.period, status: filters.status, type: filters.type, q: filters.q }).filter(
      ([, value]) => value && value !== "all",
    ),
  );
  const selectClass = "mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/calendrier" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:border-brand">
          {t("calendarLink")}
        </Link>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-xl bg-white p-4 shadow-sm" role="search">
        <label className="text-sm font-medium">
          {t("filters.search")}
          <input
            name="q"
            defaultValue={filters.q}
            type="search"
            className="mt-1 block rounded-md border border-slate-300 px-2 py-1.5 text-sm"
          />
        </label>
        <label className="text-sm font-medium">
          {t("filters.period")}
          <select name="period" defaultValue={filters.period} className={selectClass}>
            {(["all", "upcoming", "current", "past"] as const).map((value) => (
              <option key={value} value={value}>
                {t(`period.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {t("filters.status")}
          <select name="status" defaultValue={filters.status} className={selectClass}>
            {(["all", "SCHEDULED", "IN_PROGRESS", "COMPLETED", "CANCELLED"] as const).map((value) => (
              <option key={value} value={value}>
                {t(`status.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {t("filters.type")}
          <select name="type" defaultValue={filters.type} className={selectClass}>
            {(["all", "INTER", "INTRA"] as const).map((value) => (
              <option key={value} value={value}>
                {t(`type.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <button className="rounded-md bg-brand px-4 py-1.5 text-sm font-semibold text-brand-contrast">{t("filters.apply")}</button>
      </form>
      <p className="text-sm text-slate-600" data-testid="trainings-count">
        {t("count", { count: list.total })}
      </p>
      {list.rows.length === 0 ? (
        <p className="rounded-xl bg-white p-6 text-slate-700 shadow-sm">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl bg-white shadow-sm">
          <table className="min-w-full text-sm">
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("columns.action")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("columns.dates")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("columns.type")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("columns.place")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("columns.seats")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("columns.status")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id} className="border-t border-slate-100">
                  <td className="px-3 py-2">
                    <Link href={`/formations/${row.id}`} className="font-medium text-slate-900 underline-offset-4 hover:underline">
                      {row.title}
                    </Link>
                    <div className="text-xs text-slate-600">{row.number}</div>
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {format.dateTimeRange(row.startDate, row.endDate, { dateStyle: "medium", timeZone: "UTC" })}
                  </td>
                  <td className="px-3 py-2">{t(`type.${row.type}`)}</td>
                  <td className="px-3 py-2">{row.locationName ?? t(`mode.${row.mode}`)}</td>
                  <td className="px-3 py-2">{new Intl.NumberFormat(locale).format(row.companySeats)}</td>
                  <td className="px-3 py-2">
                    <Badge tone={actionStatusTone[row.status]}>{t(`status.${row.status}`)}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} params={params} path="/formations" />
    </div>
  );
}
