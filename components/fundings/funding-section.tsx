import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { FormDialog } from "@/components/ui/form-dialog";
import { formatMoney } from "@/lib/format/format";
import type { CompanyFunding } from "@/lib/fundings/get-action-funding";
import { FUNDER_KINDS, FUNDING_STATUSES, OPCO_NAMES, OPCOS } from "@/lib/fundings/funding-kinds";
import { targetKey } from "@/lib/fundings/funding-targets";
import { DeleteFundingButton, FundingForm } from "./funding-form";
import { funderLabel } from "./funding-labels";
import { FundingTable } from "./funding-table";

/** The "Financement" block of the admin action page: per company of the action, its funding lines, their forms and the add form. */
export async function FundingSection({ actionId, companies }: { actionId: string; companies: CompanyFunding[] }) {
  const [t, locale] = await Promise.all([getTranslations("fundings"), getLocale()]);
  const money = (cents: number) => formatMoney(cents, locale);
  const kinds = FUNDER_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }));
  const opcos = OPCOS.map((opco) => ({ value: opco, label: OPCO_NAMES[opco] }));
  const statuses = FUNDING_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }));
  const euros = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");
  return (
    <Card as="section" aria-labelledby="funding-title" className="space-y-5" data-testid="admin-funding">
      <div>
        <h2 id="funding-title" className="text-lg font-semibold">
          {t("admin.title")}
        </h2>
        <p className="text-sm text-slate-600">{t("admin.intro")}</p>
      </div>
      {companies.length === 0 && <p className="text-slate-600">{t("admin.noTarget")}</p>}
      {companies.map((company) => {
        const fundedOf = (key: string) =>
          company.fundings
            .filter((funding) => targetKey(funding) === key && funding.status !== "REFUSED")
            .reduce((sum, funding) => sum + funding.amountCents, 0);
        const targets = company.targets.map((target) => ({
          value: targetKey(target),
          label: target.seatLabel ?? `${company.companyName} — ${t("admin.intraTarget")}`,
          hint: t("form.amountHint", { price: money(target.priceCents), funded: money(fundedOf(targetKey(target))) }),
        }));
        return (
          <section
            key={company.companyId}
            aria-labelledby={`funding-${company.companyId}`}
            className="space-y-3 border-t border-slate-100 pt-4"
          >
            <h3 id={`funding-${company.companyId}`} className="font-semibold">
              {company.companyName}
            </h3>
            <p className="flex flex-wrap gap-x-4 text-sm text-slate-700">
              <span>{t("panel.price", { price: money(company.priceCents) })}</span>
              <span>{t("panel.funded", { amount: money(company.fundedCents) })}</span>
              <strong>{t("panel.left", { amount: money(company.leftCents) })}</strong>
            </p>
            <FundingTable
              caption={`${t("admin.title")} — ${company.companyName}`}
              rows={company.fundings}
              empty={t("empty")}
              extra={[
                {
                  key: "manage",
                  header: t("admin.edit"),
                  hideHeader: true,
                  cell: (row) => (
                    <div className="flex flex-wrap items-start gap-2">
                      <FormDialog
                        label={t("admin.edit")}
                        title={t("admin.editTitle", { funder: funderLabel(row, (kind) => t(`kinds.${kind}`)) })}
                      >
                        <FundingForm
                          formId={`funding-${row.id}`}
                          actionId={actionId}
                          targets={targets.filter((target) => target.value === targetKey(row))}
                          kinds={kinds}
                          opcos={opcos}
                          statuses={statuses}
                          funding={{ ...row, amount: euros(row.amountCents) }}
                        />
                      </FormDialog>
                      <DeleteFundingButton
                        actionId={actionId}
                        fundingId={row.id}
                        labels={{ delete: t("admin.delete"), title: t("admin.deleteTitle"), description: t("admin.deleteDescription") }}
                      />
                    </div>
                  ),
                },
              ]}
            />
            <details>
              <summary className="cursor-pointer text-sm font-semibold underline-offset-4 hover:underline">{t("admin.add")}</summary>
              <div className="mt-3 max-w-2xl">
                <FundingForm
                  formId={`funding-new-${company.companyId}`}
                  actionId={actionId}
                  targets={targets}
                  kinds={kinds}
                  opcos={opcos}
                  statuses={statuses}
                />
              </div>
            </details>
          </section>
        );
      })}
    </Card>
  );
}
