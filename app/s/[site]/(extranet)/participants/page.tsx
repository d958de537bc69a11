import Link from "next/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { CompanyFilter } from "@/components/group/company-filter";
import { companyColumn } from "@/components/group/company-column";
import { requireContact } from "@/lib/auth/require-contact";
import { listParticipants, PARTICIPANT_SORTS } from "@/lib/participants/list-participants";
import { directionFilter, idFilter, pageFilter, pageQuery, sortFilter, textFilter } from "@/lib/http/request-params";

const querySchema = z.object({
  q: textFilter(100),
  entreprise: idFilter,
  tri: sortFilter(PARTICIPANT_SORTS, "name"),
  ordre: directionFilter,
  page: pageFilter,
});

export default async function ParticipantsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const context = await requireContact();
  const { q, entreprise, tri, ordre = "asc", page } = await pageQuery(searchParams, querySchema);
  const [list, t, tGroup] = await Promise.all([
    listParticipants({ context, q, companyId: entreprise, sort: tri, direction: ordre, page }),
    getTranslations("participants"),
    getTranslations("groupView"),
  ]);
  const params = Object.fromEntries(Object.entries({ q, entreprise }).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} />
      <Card as="form" padding="sm" method="get" role="search" className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-medium">
          {t("search")}
          <input type="search" name="q" defaultValue={q} className="mt-1 block rounded-md border border-slate-300 px-2 py-1.5 text-sm" />
        </label>
        <CompanyFilter context={context} selected={entreprise} />
        <input type="hidden" name="tri" value={tri} />
        <input type="hidden" name="ordre" value={ordre} />
        <button className="rounded-md bg-brand px-4 py-1.5 text-sm font-semibold text-brand-contrast">{t("apply")}</button>
      </Card>
      <p className="text-sm text-slate-600">{t("count", { count: list.total })}</p>
      <DataTable
        caption={t("title")}
        rows={list.rows}
        rowKey={(row) => row.id}
        empty={t("empty")}
        sort={{ key: tri, direction: ordre, path: "/participants", params }}
        columns={[
          {
            key: "name",
            header: t("columns.name"),
            sortKey: "name",
            cell: (row) => (
              <Link href={`/participants/${row.id}`} className="font-medium underline-offset-4 hover:underline">
                {row.lastName} {row.firstName}
              </Link>
            ),
          },
          ...companyColumn(context, tGroup("company"), (row: (typeof list.rows)[number]) => [row.companyId]),
          { key: "jobTitle", header: t("columns.jobTitle"), sortKey: "jobTitle", cell: (row) => row.jobTitle ?? "—" },
          { key: "email", header: t("columns.email"), sortKey: "email", className: "break-all", cell: (row) => row.email ?? "—" },
          { key: "trainings", header: t("columns.trainings"), cell: (row) => row.trainingCount },
        ]}
      />
      <Pagination page={list.page} pageCount={list.pageCount} params={{ ...params, tri, ordre }} path="/participants" />
    </div>
  );
}
