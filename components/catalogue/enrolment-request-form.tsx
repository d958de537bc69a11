"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { requestEnrolmentAction } from "@/lib/orders/order-actions";
import { Button } from "../ui/button";
import { SelectField, TextField, TextareaField } from "@/components/ui/field";
import { FormMessages } from "@/components/ui/form-messages";
import { useActionForm } from "@/components/ui/use-action-form";

/** An anonymous visitor's enrolment request for one session, as an individual or for a company. */
export function EnrolmentRequestForm({ sessions }: { sessions: { id: string; label: string }[] }) {
  const t = useTranslations("catalogue.request");
  const form = useActionForm(requestEnrolmentAction, { errors: "catalogue.errors" });
  const [kind, setKind] = useState("individual");
  if (form.data) return <FormMessages success={t("sent", { number: form.data.number })} />;
  return (
    <form action={form.action} className="space-y-4" noValidate>
      <FormMessages error={form.formError} />
      <SelectField
        label={t("session")}
        options={sessions.map((session) => ({ value: session.id, label: session.label }))}
        {...form.field("actionId")}
      />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">{t("kind")}</legend>
        <div className="flex gap-4">
          {["individual", "company"].map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
              {t(`kinds.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {kind === "company" && <TextField label={t("company")} {...form.field("company")} />}
      <TextField label={t("name")} autoComplete="name" {...form.field("name")} />
      <TextField type="email" label={t("email")} autoComplete="email" {...form.field("email")} />
      <TextField type="tel" label={t("phone")} autoComplete="tel" {...form.field("phone")} />
      <TextField type="number" min={1} max={20} label={t("seats")} {...form.field("seats", "1")} />
      <TextareaField label={t("message")} rows={3} {...form.field("message")} />
      <Button type="submit" disabled={form.pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
