"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { validateCartAction } from "@/lib/orders/validate-cart-action";
import { Button } from "../ui/button";
import { useErrorText } from "./use-error-text";

/** Validates the cart; sessions refused at validation are listed with their reason and stay in the cart. */
export function ValidateCartForm({ disabled }: { disabled: boolean }) {
  const t = useTranslations("catalogue.cart");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState(validateCartAction, idleState);
  return (
    <form action={action} className="space-y-3">
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="waitlist" className="h-4 w-4" />
        {t("waitlist")}
      </label>
      <Button type="submit" disabled={disabled || pending}>
        {pending ? t("validating") : t("validate")}
      </Button>
      {state.status === "error" && state.formError && (
        <p role="alert" className="text-sm text-red-700">
          {errorText(state.formError)}
        </p>
      )}
      {state.status === "success" && (
        <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {state.data.orderNumber && <p className="font-semibold">{t("partlyValidated", { number: state.data.orderNumber })}</p>}
          <ul className="mt-1 list-disc pl-5">
            {state.data.refused.map((line) => (
              <li key={line.actionId}>{t(`refused.${line.reason}`, { title: line.title ?? t("unknownSession") })}</li>
            ))}
          </ul>
          <p className="mt-1">{t("refusedKept")}</p>
        </div>
      )}
    </form>
  );
}
