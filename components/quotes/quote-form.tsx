"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { createQuoteAction } from "@/lib/quotes/quote-actions";
import { Button } from "../ui/button";
import { submitKeepingValues } from "./submit-keeping-values";
import { SelectField, TextField, TextareaField } from "../ui/field";
import { FormMessages } from "../ui/form-messages";
import { useActionForm } from "../ui/use-action-form";

interface QuoteFormProps {
  companyId: string;
  intraRequestId: string | null;
  lineCount: number;
  contacts: { value: string; label: string }[];
  /** Modules (INTRA) and sessions (INTER), labelled with the company's price. */
  items: { value: string; label: string; kind: "module" | "session" }[];
  defaults: {
    type: "INTRA" | "INTER";
    validUntil: string;
    conditions: string;
    participantCount: number;
    item0?: string;
    quantity0?: number;
  };
}

/**
 * Staff's quote form: the contact, INTRA or INTER, up to `lineCount` lines (modules for an INTRA, sessions
 * for an INTER: the choice filters the list), dates, validity and conditions; errors next to each field.
 */
export function QuoteForm({ companyId, intraRequestId, lineCount, contacts, items, defaults }: QuoteFormProps) {
  const t = useTranslations("quotes.form");
  const form = useActionForm(createQuoteAction, { errors: "quotes.errors" });
  const [type, setType] = useState<"INTRA" | "INTER">(defaults.type);
  const options = items.filter((item) => item.kind === (type === "INTRA" ? "module" : "session"));

  return (
    <form onSubmit={submitKeepingValues(form.action)} className="space-y-4" noValidate data-testid="quote-form">
      <FormMessages error={form.formError} />
      <input type="hidden" name="companyId" value={companyId} />
      {intraRequestId && <input type="hidden" name="intraRequestId" value={intraRequestId} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("contact")}
          options={contacts}
          placeholder={t("choose")}
          {...form.field("contactId")}
          hint={contacts.length === 0 ? t("noContact") : undefined}
        />
        <SelectField
          name="type"
          label={t("type")}
          options={[
            { value: "INTRA", label: t("types.INTRA") },
            { value: "INTER", label: t("types.INTER") },
          ]}
          value={type}
          onChange={(event) => setType(event.target.value as "INTRA" | "INTER")}
          errors={form.fieldErrors("type")}
        />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-800">{type === "INTRA" ? t("linesIntra") : t("linesInter")}</legend>
        {Array.from({ length: lineCount }, (_, index) => (
          <div key={`${type}-${index}`} className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_8rem]">
            <SelectField
              label={t("line", { number: index + 1 })}
              options={options.map(({ value, label }) => ({ value, label }))}
              placeholder={t("noLine")}
              {...form.field(`item${index}`, index === 0 ? defaults.item0 : undefined)}
            />
            <TextField
              label={type === "INTRA" ? t("quantityIntra") : t("quantityInter")}
              type="number"
              min={1}
              max={500}
              inputMode="numeric"
              {...form.field(`quantity${index}`, index === 0 ? String(defaults.quantity0 ?? 1) : undefined)}
            />
          </div>
        ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label={t("participants")}
          type="number"
          min={1}
          max={500}
          {...form.field("participantCount", String(defaults.participantCount))}
        />
        <TextField
          label={t("startDate")}
          type="date"
          hint={type === "INTRA" ? t("datesIntra") : t("datesInter")}
          {...form.field("startDate")}
        />
        <TextField label={t("endDate")} type="date" {...form.field("endDate")} />
      </div>
      <TextField label={t("validUntil")} type="date" {...form.field("validUntil", defaults.validUntil)} />
      <TextareaField label={t("conditions")} rows={5} maxLength={4000} {...form.field("conditions", defaults.conditions)} />
      <Button type="submit" disabled={form.pending}>
        {form.pending ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}
