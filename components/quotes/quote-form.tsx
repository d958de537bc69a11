"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { createQuoteAction } from "@/lib/quotes/quote-actions";
import { Button } from "../ui/button";
import { submitKeepingValues } from "./submit-keeping-values";
import { SelectField, TextField, TextareaField } from "../ui/field";

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
  const tError = useTranslations("quotes.errors");
  const [state, formAction, pending] = useActionState(createQuoteAction, idleState);
  const keepValues = submitKeepingValues(formAction);
  const error = state.status === "error" ? state : null;
  const [type, setType] = useState<"INTRA" | "INTER">((error?.values?.type as "INTRA" | "INTER" | undefined) ?? defaults.type);
  const errors = (name: string) => error?.fieldErrors?.[name]?.map((key) => (tError.has(key) ? tError(key) : tError("invalid_input")));
  const value = (name: string, fallback?: string | number) => error?.values?.[name] ?? (fallback === undefined ? "" : String(fallback));
  const options = items.filter((item) => item.kind === (type === "INTRA" ? "module" : "session"));

  return (
    <form onSubmit={keepValues} className="space-y-4" noValidate data-testid="quote-form">
      {error?.formError && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {tError.has(error.formError) ? tError(error.formError) : tError("invalid_input")}
        </p>
      )}
      <input type="hidden" name="companyId" value={companyId} />
      {intraRequestId && <input type="hidden" name="intraRequestId" value={intraRequestId} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="contactId"
          label={t("contact")}
          options={contacts}
          placeholder={t("choose")}
          defaultValue={value("contactId")}
          errors={errors("contactId")}
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
          errors={errors("type")}
        />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-800">{type === "INTRA" ? t("linesIntra") : t("linesInter")}</legend>
        {Array.from({ length: lineCount }, (_, index) => (
          <div key={`${type}-${index}`} className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_8rem]">
            <SelectField
              name={`item${index}`}
              id={`item${index}`}
              label={t("line", { number: index + 1 })}
              options={options.map(({ value: optionValue, label }) => ({ value: optionValue, label }))}
              placeholder={t("noLine")}
              defaultValue={value(`item${index}`, index === 0 ? defaults.item0 : undefined)}
              errors={errors(`item${index}`)}
            />
            <TextField
              name={`quantity${index}`}
              id={`quantity${index}`}
              label={type === "INTRA" ? t("quantityIntra") : t("quantityInter")}
              type="number"
              min={1}
              max={500}
              inputMode="numeric"
              defaultValue={value(`quantity${index}`, index === 0 ? (defaults.quantity0 ?? 1) : undefined)}
              errors={errors(`quantity${index}`)}
            />
          </div>
        ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          name="participantCount"
          label={t("participants")}
          type="number"
          min={1}
          max={500}
          defaultValue={value("participantCount", defaults.participantCount)}
          errors={errors("participantCount")}
        />
        <TextField
          name="startDate"
          label={t("startDate")}
          type="date"
          defaultValue={value("startDate")}
          errors={errors("startDate")}
          hint={type === "INTRA" ? t("datesIntra") : t("datesInter")}
        />
        <TextField name="endDate" label={t("endDate")} type="date" defaultValue={value("endDate")} errors={errors("endDate")} />
      </div>
      <TextField
        name="validUntil"
        label={t("validUntil")}
        type="date"
        defaultValue={value("validUntil", defaults.validUntil)}
        errors={errors("validUntil")}
      />
      <TextareaField
        name="conditions"
        label={t("conditions")}
        rows={5}
        maxLength={4000}
        defaultValue={value("conditions", defaults.conditions)}
        errors={errors("conditions")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}
