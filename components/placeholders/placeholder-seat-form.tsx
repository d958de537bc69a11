"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { fillPlaceholderSeatAction } from "@/lib/placeholders/placeholder-actions";
import { Button } from "../ui/button";
import { SelectField, TextField } from "../ui/field";
import { FormMessages } from "../ui/form-messages";
import { useActionForm } from "../ui/use-action-form";

/** One placeholder seat: fill in a new identity, or pick a participant the company already has. */
export function PlaceholderSeatForm({
  seat,
  candidates,
}: {
  seat: { id: string; label: string };
  candidates: { id: string; name: string; email: string | null }[];
}) {
  const t = useTranslations("placeholders");
  const form = useActionForm(fillPlaceholderSeatAction, { errors: "placeholders.errors", refresh: true });
  const [mode, setMode] = useState<"new" | "existing">("new");
  // Several seats share a page: each control's id starts with its seat's.
  const id = (name: string) => `${seat.id}-${name}`;

  if (form.succeeded) return <FormMessages compact success={t("filled")} />;

  return (
    <form action={form.action} className="space-y-3" aria-label={t("formLabel", { label: seat.label })}>
      <input type="hidden" name="enrolmentId" value={seat.id} />
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="sr-only">{t("how")}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="mode" value="new" checked={mode === "new"} onChange={() => setMode("new")} /> {t("modeNew")}
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="mode"
            value="existing"
            checked={mode === "existing"}
            onChange={() => setMode("existing")}
            disabled={candidates.length === 0}
          />{" "}
          {t("modeExisting")}
        </label>
      </fieldset>
      <FormMessages error={form.formError} />
      {mode === "existing" ? (
        <SelectField
          id={id("participantId")}
          label={t("participant")}
          placeholder={t("chooseParticipant")}
          options={candidates.map((candidate) => ({
            value: candidate.id,
            label: candidate.email ? `${candidate.name} (${candidate.email})` : candidate.name,
          }))}
          {...form.field("participantId")}
        />
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            id={id("civility")}
            label={t("civility")}
            placeholder="—"
            options={[
              { value: "MRS", label: t("MRS") },
              { value: "MR", label: t("MR") },
            ]}
            {...form.field("civility")}
          />
          <TextField id={id("firstName")} label={t("firstName")} autoComplete="off" {...form.field("firstName")} />
          <TextField id={id("lastName")} label={t("lastName")} autoComplete="off" {...form.field("lastName")} />
          <TextField id={id("email")} label={t("email")} type="email" autoComplete="off" {...form.field("email")} />
          <TextField id={id("jobTitle")} label={t("jobTitle")} {...form.field("jobTitle")} />
        </div>
      )}
      <Button type="submit" disabled={form.pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
