"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { addNewCartParticipant } from "@/lib/catalogue/cart-actions";
import { Button } from "../ui/button";
import { TextField } from "@/components/ui/field";
import { useErrorText } from "./use-error-text";

/** A new participant for one session of the cart: names and email, checked for duplicates. */
export function NewParticipantForm({ actionId }: { actionId: string }) {
  const t = useTranslations("catalogue.cart");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState(addNewCartParticipant, idleState);
  const error = state.status === "error" ? state : null;
  const fieldErrors = (field: string) => error?.fieldErrors?.[field]?.map(errorText);
  const id = (field: string) => `${field}-${actionId}`;
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-4 sm:items-end" noValidate aria-label={t("newParticipant")}>
      <input type="hidden" name="actionId" value={actionId} />
      <TextField
        id={id("firstName")}
        name="firstName"
        label={t("firstName")}
        defaultValue={error?.values?.firstName}
        errors={fieldErrors("firstName")}
      />
      <TextField
        id={id("lastName")}
        name="lastName"
        label={t("lastName")}
        defaultValue={error?.values?.lastName}
        errors={fieldErrors("lastName")}
      />
      <TextField
        id={id("email")}
        name="email"
        type="email"
        label={t("email")}
        defaultValue={error?.values?.email}
        errors={fieldErrors("email")}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("addNew")}
      </Button>
      {error?.formError && (
        <p role="alert" className="text-sm text-red-700 sm:col-span-4">
          {errorText(error.formError)}
        </p>
      )}
    </form>
  );
}
