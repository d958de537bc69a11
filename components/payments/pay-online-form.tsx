"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { payInvoicesOnlineAction } from "@/lib/payments/payment-actions";
import { Button } from "../ui/button";

export const PAY_FORM_ID = "pay-online";
export const PAY_ERROR_ID = "pay-online-error";

/**
 * "Payer en ligne": the form the invoices' checkboxes belong to (form="pay-online"), its button and its
 * error, next to it. Submitting opens the provider's checkout page.
 */
export function PayOnlineForm() {
  const t = useTranslations("payments");
  const [state, action, pending] = useActionState(payInvoicesOnlineAction, idleState);
  const errors = state.status === "error" ? (state.fieldErrors?.invoices ?? []) : [];
  return (
    <form id={PAY_FORM_ID} action={action} className="flex flex-wrap items-center gap-3">
      <Button type="submit" disabled={pending} aria-describedby={PAY_ERROR_ID}>
        {pending ? t("opening") : t("pay")}
      </Button>
      <p className="text-sm text-slate-600">{t("hint")}</p>
      <p id={PAY_ERROR_ID} role="alert" className="w-full text-sm text-red-700 empty:hidden">
        {errors.map((code) => t(`errors.${code}`)).join(" ")}
      </p>
    </form>
  );
}
