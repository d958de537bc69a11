"use client";

import { useTranslations } from "next-intl";
import { addNewCartParticipant } from "@/lib/catalogue/cart-actions";
import { Button } from "../ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessages } from "@/components/ui/form-messages";
import { useActionForm } from "@/components/ui/use-action-form";

/** A new participant for one session of the cart: names and email, checked for duplicates. */
export function NewParticipantForm({ actionId }: { actionId: string }) {
  const t = useTranslations("catalogue.cart");
  const form = useActionForm(addNewCartParticipant, { errors: "catalogue.errors" });
  const id = (field: string) => `${field}-${actionId}`;
  return (
    <form action={form.action} className="grid gap-3 sm:grid-cols-4 sm:items-end" noValidate aria-label={t("newParticipant")}>
      <input type="hidden" name="actionId" value={actionId} />
      <TextField id={id("firstName")} label={t("firstName")} {...form.field("firstName")} />
      <TextField id={id("lastName")} label={t("lastName")} {...form.field("lastName")} />
      <TextField id={id("email")} type="email" label={t("email")} {...form.field("email")} />
      <Button type="submit" variant="secondary" disabled={form.pending}>
        {t("addNew")}
      </Button>
      <div className="empty:hidden sm:col-span-4">
        <FormMessages compact error={form.formError} />
      </div>
    </form>
  );
}
