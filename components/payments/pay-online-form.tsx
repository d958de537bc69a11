"use client";

import { useTranslations } from "next-intl";
import { payInvoicesOnlineAction } from "@/lib/payments/payment-actions";
import { Button } from "../ui/button";
import { useActionForm } from "../ui/use-action-form";

export const PAY_FORM_ID = "pay-online";
export const PAY_ERROR_ID = "pay-online-error";

/**
 * "Payer en ligne": the form the invoices' checkboxes belong to (form="pay-online"), or of one invoice
 * (its page), its button and its error, next to it. Submitting opens the provider's checkout page.
 */
export function PayOnlineForm({ invoiceId }: { invoiceId?: string }) {
  const t = useTranslations("payments");
  const form = useActionForm(payInvoicesOnlineAction, { errors: "payments.errors" });
  return (
    <form id={invoiceId ? undefined : PAY_FORM_ID} action={form.action} className="flex flex-wrap items-center gap-3">
      {invoiceId && <input type="hidden" name={`invoice_${invoiceId}`} value="on" />}
      <Button type="submit" disabled={form.pending} aria-describedby={PAY_ERROR_ID}>
        {form.pending ? t("opening") : t("pay")}
      </Button>
      {!invoiceId && <p className="text-sm text-slate-600">{t("hint")}</p>}
      <p id={PAY_ERROR_ID} role="alert" className="w-full text-sm text-red-700 empty:hidden">
        {form.allErrors.join(" ")}
      </p>
    </form>
  );
}
