"use client";

import { useTranslations } from "next-intl";
import { validateCartAction } from "@/lib/orders/validate-cart-action";
import { Button } from "../ui/button";
import { CheckboxField } from "@/components/ui/field";
import { FormMessages } from "@/components/ui/form-messages";
import { useActionForm } from "@/components/ui/use-action-form";

/** Validates the cart; sessions refused at validation are listed with their reason and stay in the cart. */
export function ValidateCartForm({ disabled }: { disabled: boolean }) {
  const t = useTranslations("catalogue.cart");
  const form = useActionForm(validateCartAction, { errors: "catalogue.errors" });
  return (
    <form action={form.action} className="space-y-3">
      <CheckboxField label={t("waitlist")} {...form.checkbox("waitlist")} />
      <Button type="submit" disabled={disabled || form.pending}>
        {form.pending ? t("validating") : t("validate")}
      </Button>
      <FormMessages compact error={form.formError} />
      {form.data && (
        <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {form.data.orderNumber && <p className="font-semibold">{t("partlyValidated", { number: form.data.orderNumber })}</p>}
          <ul className="mt-1 list-disc pl-5">
            {form.data.refused.map((line) => (
              <li key={line.actionId}>{t(`refused.${line.reason}`, { title: line.title ?? t("unknownSession") })}</li>
            ))}
          </ul>
          <p className="mt-1">{t("refusedKept")}</p>
        </div>
      )}
    </form>
  );
}
