"use client";

import { useActionState, useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { fillPlaceholderSeatAction } from "@/lib/placeholders/placeholder-actions";
import { Button } from "../ui/button";

const field = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm aria-invalid:border-red-600";

/** One placeholder seat: fill in a new identity, or pick a participant the company already has. */
export function PlaceholderSeatForm({
  seat,
  candidates,
}: {
  seat: { id: string; label: string };
  candidates: { id: string; name: string; email: string | null }[];
}) {
  const t = useTranslations("placeholders");
  const router = useRouter();
  const [state, action, pending] = useActionState(fillPlaceholderSeatAction, idleState);
  const [mode, setMode] = useState<"new" | "existing">("new");
  useEffect(() => {
    if (state.status === "success") router.refresh();
  }, [state, router]);
  const error = state.status === "error" ? state : null;
  const errorOf = (name: string) => error?.fieldErrors?.[name]?.map((key) => t(`errors.${key}`)).join(" ");
  const id = (name: string) => `${seat.id}-${name}`;
  const input = (name: string, label: string, props: Record<string, unknown> = {}) => (
    <div className="space-y-1">
      <label htmlFor={id(name)} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id(name)}
        name={name}
        defaultValue={error?.values?.[name]}
        aria-invalid={Boolean(errorOf(name)) || undefined}
        aria-describedby={id(`${name}-error`)}
        className={field}
        {...props}
      />
      {errorOf(name) && (
        <p id={id(`${name}-error`)} className="text-sm text-red-700">
          {errorOf(name)}
        </p>
      )}
    </div>
  );

  if (state.status === "success")
    return (
      <p role="status" className="text-sm text-green-800">
        {t("filled")}
      </p>
    );

  return (
    <form action={action} className="space-y-3" aria-label={t("formLabel", { label: seat.label })}>
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
      {error?.formError && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t(`errors.${error.formError}`)}
        </p>
      )}
      {mode === "existing" ? (
        <div className="space-y-1">
          <label htmlFor={id("participantId")} className="block text-sm font-medium">
            {t("participant")}
          </label>
          <select
            id={id("participantId")}
            name="participantId"
            className={field}
            aria-invalid={Boolean(errorOf("participantId")) || undefined}
          >
            <option value="">{t("chooseParticipant")}</option>
            {candidates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
                {candidate.email ? ` (${candidate.email})` : ""}
              </option>
            ))}
          </select>
          {errorOf("participantId") && <p className="text-sm text-red-700">{errorOf("participantId")}</p>}
        </div>
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor={id("civility")} className="block text-sm font-medium">
              {t("civility")}
            </label>
            <select id={id("civility")} name="civility" defaultValue={error?.values?.civility ?? ""} className={field}>
              <option value="">—</option>
              <option value="MRS">{t("MRS")}</option>
              <option value="MR">{t("MR")}</option>
            </select>
          </div>
          {input("firstName", t("firstName"), { autoComplete: "off" })}
          {input("lastName", t("lastName"), { autoComplete: "off" })}
          {input("email", t("email"), { type: "email", autoComplete: "off" })}
          {input("jobTitle", t("jobTitle"))}
        </div>
      )}
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
