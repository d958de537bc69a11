import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { ContactContext } from "@/lib/auth/require-contact";
import { formatMoney } from "@/lib/format/format";
import { getActionFunding } from "@/lib/fundings/get-action-funding";
import { roleOpens } from "@/lib/tenancy/contact-permissions";
import { viewedCompanies } from "@/lib/tenancy/viewed-companies";
import { FundingTable } from "./funding-table";

/**
 * On an action's extranet page (already checked visible to the contact): what is funded, by whom, and what
 * is left for each viewed company. Nothing for a role that does not open funding (a MANAGER).
 */
export async function CompanyFundingPanel({ context, actionId }: { context: ContactContext; actionId: string }) {
  if (!roleOpens(context.role, "funding")) return null;
  const view = viewedCompanies(context);
  const [funding, t, locale] = await Promise.all([
    getActionFunding({ organizationId: view.organizationId, actionId, companyIds: view.companyIds }),
    getTranslations("fundings"),
    getLocale(),
  ]);
  if (!funding || funding.companies.length === 0) return null;
  const money = (cents: number) => formatMoney(cents, locale);
  return (
    <Card as="section" aria-labelledby="funding-title" className="space-y-4" data-testid="training-funding">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="funding-title" className="text-lg font-semibold">
          {t("panel.title")}
        </h2>
        <Link href="/financements" className="text-sm underline-offset-4 hover:underline">
          {t("panel.allLink")}
        </Link>
      </div>
      {funding.companies.map((company) => (
        <div key={company.companyId} className="space-y-2">
          {context.groupView && <h3 className="font-semibold">{company.companyName}</h3>}
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
            <span>{t("panel.price", { price: money(company.priceCents) })}</span>
            <span>{t("panel.funded", { amount: money(company.fundedCents) })}</span>
            <strong data-testid="funding-left">{t("panel.left", { amount: money(company.leftCents) })}</strong>
          </p>
          {company.fundings.length === 0 ? (
            <p className="text-sm text-slate-600">{t("panel.none")}</p>
          ) : (
            <FundingTable caption={`${t("panel.title")} — ${company.companyName}`} rows={company.fundings} empty={t("panel.none")} />
          )}
        </div>
      ))}
    </Card>
  );
}
