import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { actionStatusTone } from "@/components/ui/status-tones";
import { formatNumber } from "@/lib/format/format";
import { Pagination } from "@/components/ui/pagination";
import { CompanyFilter } from "@/components/group/company-filter";
import { companyColumn } from "@/components/group/company-column";
import { requireContact } from "@/lib/auth/require-contact";
import { pageQuery } from "@/lib/http/request-params";
import { actionFiltersSchema, actionSortDirection } from "@/lib/trainings/action-filters";
import { listCompanyActions } from "@/lib/trainings/list-company-actions";

export default async function TrainingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const context = await requireContact();
  const filters = await pageQuery(searchParams, actionFiltersSchema);
  const [list, t, tGroup, format, locale] = await Promise.all([
    listCompanyActions({ context, filters }),
    getTranslations("trainings"),
    getTranslations("groupView"),
    getFormatter(),
    getLocale(),
  ]);
  const params = Object.fromEntries(
    Object.entries({
      period: filters.period,
      status: filters.status,
      type: filters.type,
      q: filters.q,
      entreprise: filters.entreprise,
    }).filter(([, value]) => value && value !== "all"),
  );
  const sortParams = { ...params, tri: filters.tri, ordre: filters.ordre };
  const selectClass = "mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <div className="space-y-5">
      <PageHeader
        title={t("title")}
        actions={
          <Link
            href="/calendrier"
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:border-brand"
          >
            {t("calendarLink")}
          </Link>
        }
      />
      <Card as="form" padding="sm" method="get" className="flex flex-wrap items-end gap-3" role="search">
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
        <CompanyFilter context={context} selected={filters.entreprise} className={selectClass} />
        <input type="hidden" name="tri" value={filters.tri} />
        {filters.ordre && <input type="hidden" name="ordre" value={filters.ordre} />}
        <button className="rounded-md bg-brand px-4 py-1.5 text-sm font-semibold text-brand-contrast">{t("filters.apply")}</button>
      </Card>
      <p className="text-sm text-slate-600" data-testid="trainings-count">
        {t("count", { count: list.total })}
      </p>
      <DataTable
        caption={t("title")}
        rows={list.rows}
        rowKey={(row) => row.id}
        empty={t("empty")}
        sort={{ key: filters.tri, direction: actionSortDirection(filters), path: "/formations", params }}
        columns={[
          {
            key: "action",
            header: t("columns.action"),
            sortKey: "title",
            cell: (row) => (
              <span>
                <Link href={`/formations/${row.id}`} className="font-medium text-slate-900 underline-offset-4 hover:underline">
                  {row.title}
                </Link>
                <span className="block text-xs text-slate-600">{row.number}</span>
              </span>
            ),
          },
          ...companyColumn(context, tGroup("company"), (row: (typeof list.rows)[number]) => row.companyIds),
          {
            key: "dates",
            header: t("columns.dates"),
            sortKey: "startDate",
            className: "sm:whitespace-nowrap",
            cell: (row) => format.dateTimeRange(row.startDate, row.endDate, { dateStyle: "medium", timeZone: "UTC" }),
          },
          { key: "type", header: t("columns.type"), cell: (row) => t(`type.${row.type}`) },
          { key: "place", header: t("columns.place"), cell: (row) => row.locationName ?? t(`mode.${row.mode}`) },
          { key: "seats", header: t("columns.seats"), cell: (row) => formatNumber(row.companySeats, locale) },
          {
            key: "status",
            header: t("columns.status"),
            cell: (row) => <Badge tone={actionStatusTone[row.status]}>{t(`status.${row.status}`)}</Badge>,
          },
        ]}
      />
      <Pagination page={list.page} pageCount={list.pageCount} params={sortParams} path="/formations" />
    </div>
  );
}
