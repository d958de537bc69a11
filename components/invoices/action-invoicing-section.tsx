import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { FormDialog } from "@/components/ui/form-dialog";
import { formatMoney } from "@/lib/format/format";
import { funderInvoiceName } from "@/lib/fundings/funding-kinds";
import type { FundingAction } from "@/lib/fundings/funding-targets";
import type { CompanyFunding } from "@/lib/fundings/get-action-funding";
import { companyInvoiceSplit } from "@/lib/invoices/company-invoice-split";
import { creditInvoiceAction, issueActionInvoicesAction, recordPaymentAction } from "@/lib/invoices/invoice-actions";
import type { ActionInvoice } from "@/lib/invoices/list-action-invoices";
import { MANUAL_PAYMENT_METHODS } from "@/lib/invoices/record-manual-payment";
import { utcToday } from "@/lib/trainings/utc-today";
import { invoiceColumns } from "./invoice-columns";

const partTotal = (lines: { quantity: number; unitPriceCents: number }[]) =>
  lines.reduce((sum, line) => sum + Math.round(line.quantity * line.unitPriceCents), 0);

/**
 * The "Facturation" block of the admin action page: per company, what its invoices would bill (its part and
 * each subrogated funder's) with the button that issues them, or the invoices issued and, for an
 * administrator, the payment received by transfer or cheque and the credit note that cancels one.
 */
export async function ActionInvoicingSection({
  action,
  companies,
  invoices,
  isAdmin,
}: {
  action: FundingAction;
  companies: CompanyFunding[];
  invoices: ActionInvoice[];
  isAdmin: boolean;
}) {
  const [t, tInvoices, locale, invoiceColumn] = await Promise.all([
    getTranslations("invoices.invoicing"),
    getTranslations("invoices"),
    getLocale(),
    invoiceColumns<ActionInvoice>(),
  ]);
  const money = (cents: number) => formatMoney(cents, locale);
  const today = utcToday().toISOString().slice(0, 10);
  return (
    <Card as="section" aria-labelledby="invoicing-title" className="space-y-5" data-testid="admin-invoicing">
      <div>
        <h2 id="invoicing-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-slate-600">{t("intro")}</p>
      </div>
      {companies.map((company) => {
        const own = invoices.filter((invoice) => invoice.companyId === company.companyId);
        const invoiced = own.some((invoice) => invoice.kind === "INVOICE" && invoice.status !== "CANCELLED");
        const split = companyInvoiceSplit(action, company.companyId, company.fundings);
        const funderOf = (fundingId: string | null) => {
          const funding = company.fundings.find((candidate) => candidate.id === fundingId);
          return funding ? funderInvoiceName(funding) : null;
        };
        return (
          <section
            key={company.companyId}
            aria-labelledby={`invoicing-${company.companyId}`}
            className="space-y-3 border-t border-slate-100 pt-4"
            data-testid={`invoicing-${company.companyId}`}
          >
            <h3 id={`invoicing-${company.companyId}`} className="font-semibold">
              {company.companyName}
            </h3>
            {own.length > 0 && (
              <DataTable
                caption={`${t("issued")} — ${company.companyName}`}
                rows={own}
                rowKey={(invoice) => invoice.id}
                empty={null}
                columns={[
                  invoiceColumn.number,
                  { key: "billedTo", header: t("billedTo"), cell: (invoice) => invoice.funder ?? company.companyName },
                  invoiceColumn.issueDate,
                  invoiceColumn.total,
                  invoiceColumn.status,
                  {
                    key: "manage",
                    header: tInvoices("columns.pdf"),
                    hideHeader: true,
                    cell: (invoice) => (
                      <div className="flex flex-wrap items-start gap-3">
                        <a href={`/admin/factures/${invoice.id}/pdf`} download className="underline-offset-4 hover:underline">
                          {tInvoices("download", { number: invoice.number })}
                        </a>
                        {isAdmin &&
                          invoice.kind === "INVOICE" &&
                          invoice.status !== "CANCELLED" &&
                          invoice.paidCents < invoice.totalInclTaxCents && (
                            <FormDialog label={t("payment.recordPayment")} title={`${t("payment.recordPayment")} — ${invoice.number}`}>
                              <ActionForm
                                action={recordPaymentAction}
                                fields={[
                                  { type: "hidden", name: "invoiceId", value: invoice.id },
                                  { type: "hidden", name: "actionId", value: action.id },
                                  {
                                    type: "text",
                                    name: "amount",
                                    label: t("payment.amount"),
                                    hint: t("payment.amountHint", { due: money(invoice.totalInclTaxCents - invoice.paidCents) }),
                                    defaultValue: ((invoice.totalInclTaxCents - invoice.paidCents) / 100).toFixed(2).replace(".", ","),
                                    required: true,
                                  },
                                  { type: "date", name: "paidAt", label: t("payment.paidAt"), defaultValue: today, required: true },
                                  {
                                    type: "select",
                                    name: "method",
                                    label: t("payment.method"),
                                    placeholder: t("payment.methodNone"),
                                    options: MANUAL_PAYMENT_METHODS.map((method) => ({
                                      value: method,
                                      label: t(`payment.methods.${method}`),
                                    })),
                                    defaultValue: "virement",
                                    required: true,
                                  },
                                ]}
                                className="space-y-3"
                                errors="invoices.invoicing.errors"
                                refresh
                                testId={`payment-${invoice.id}`}
                                submitLabel={t("payment.save")}
                              />
                            </FormDialog>
                          )}
                        {isAdmin && invoice.kind === "INVOICE" && invoice.status !== "CANCELLED" && invoice.paidCents === 0 && (
                          <ActionForm
                            action={creditInvoiceAction}
                            fields={[
                              { type: "hidden", name: "invoiceId", value: invoice.id },
                              { type: "hidden", name: "actionId", value: action.id },
                            ]}
                            className="space-y-1"
                            errors="invoices.invoicing.errors"
                            refresh
                            variant="danger"
                            testId={`credit-${invoice.id}`}
                            submitLabel={t("credit")}
                            submitAriaLabel={`${t("credit")} ${invoice.number}`}
                            confirm={{
                              title: t("creditConfirm", { number: invoice.number }),
                              description: t("creditConfirmBody"),
                              confirmLabel: t("credit"),
                            }}
                          />
                        )}
                      </div>
                    ),
                  },
                ]}
              />
            )}
            {!invoiced && own.length > 0 && <p className="text-sm text-slate-700">{t("reinvoice")}</p>}
            {!invoiced && split.status === "funding_pending" && (
              <p role="note" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
                {t("pending")}
              </p>
            )}
            {!invoiced && split.status === "split" && split.parts.length === 0 && <p className="text-sm text-slate-600">{t("nothing")}</p>}
            {!invoiced && split.status === "split" && split.parts.length > 0 && (
              <div className="space-y-3">
                <div>
                  <p className="text-sm font-medium">{t("toInvoice")}</p>
                  <ul className="list-inside list-disc text-sm text-slate-700" data-testid="invoice-parts">
                    {split.parts.map((part) => (
                      <li key={part.fundingId ?? "company"}>
                        {part.fundingId
                          ? t("funderPart", { funder: funderOf(part.fundingId) ?? "", amount: money(partTotal(part.lines)) })
                          : t("companyPart", { company: company.companyName, amount: money(partTotal(part.lines)) })}
                      </li>
                    ))}
                  </ul>
                </div>
                <ActionForm
                  action={issueActionInvoicesAction}
                  fields={[
                    { type: "hidden", name: "actionId", value: action.id },
                    { type: "hidden", name: "companyId", value: company.companyId },
                  ]}
                  className="space-y-2"
                  errors="invoices.invoicing.errors"
                  refresh
                  testId={`issue-${company.companyId}`}
                  submitLabel={t("issue")}
                  pendingLabel={t("issuing")}
                  confirm={{
                    title: t("issueConfirm", { count: split.parts.length, company: company.companyName }),
                    description: t("issueConfirmBody"),
                    confirmLabel: t("issue"),
                  }}
                />
              </div>
            )}
          </section>
        );
      })}
    </Card>
  );
}
