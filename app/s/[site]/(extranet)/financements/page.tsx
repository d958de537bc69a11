import { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { companyColumn } from "@/components/group/company-column";
import { CompanyFilter } from "@/components/group/company-filter";
import { FundingTable } from "@/components/fundings/funding-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireContact } from "@/lib/auth/require-contact";
import { formatMoney } from "@/lib/format/format";
import { FUNDING_STATUSES } from "@/lib/fundings/funding-kinds";
import { listCompanyFundings, type FundingRow } from "@/lib/fundings/list-fundings";
import { roleOpens } from "@/lib/tenancy/contact-permissions";
import { enumFilter, idFilter, pageFilter, pageQuery } from "@/lib/http/request-params";

const STATUS_FILTERS = ["PENDING", ...FUNDING_STATUSES] as const;
const querySchema = z.object({ statut: enumFilter(STATUS_FILTERS), entreprise: idFilter, page: pageFilter });

/** The company's (the group's) fundings: who pays for which training, how much, and where the request stands. */
export default async function FundingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const context = await requireContact();
  const { statut, entreprise, page } = await pageQuery(searchParams, querySchema);
  const [list, t, tGroup, locale] = await Promise.all([
    listCompanyFundings({ context, status: statut, companyId: entreprise, page }),
    getTranslations("fundings"),
    getTranslations("groupView"),
    getLocale(),
  ]);
  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} description={<p>{t("intro")}</p>} />
      <Card as="form" padding="sm" method="get" className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-medium">
          {t("filters.status")}
          <select
            name="statut"
            defaultValue={statut ?? ""}
            className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            <option value="">{t("filters.all")}</option>
            {STATUS_FILTERS.map((value) => (
              <option key={value} value={value}>
                {t(`status.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <CompanyFilter context={context} selected={entreprise} />
        <button className="rounded-md bg-brand px-4 py-1.5 text-sm font-semibold text-brand-contrast">{t("filters.apply")}</button>
        <p className="text-sm text-slate-600" data-testid="funding-totals">
          {t("totals", { count: list.total, amount: formatMoney(list.amountCents, locale) })}
        </p>
      </Card>
      <FundingTable
        caption={t("title")}
        rows={list.rows}
        empty={statut || entreprise ? t("emptyFilter") : t("empty")}
        showTraining
        trainingHref={roleOpens(context.role, "trainings") ? (row) => `/formations/${row.actionId}` : undefined}
        before={companyColumn(context, tGroup("company"), (row: FundingRow) => [row.companyId])}
      />
      <Pagination page={list.page} pageCount={list.pageCount} path="/financements" params={{ statut, entreprise }} />
    </div>
  );
}
