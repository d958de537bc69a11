"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { requestEnrolmentAction } from "@/lib/orders/order-actions";
import { Button } from "../ui/button";
import { TextField } from "@/components/ui/field";
import { useErrorText } from "./use-error-text";

/** An anonymous visitor's enrolment request for one session, as an individual or for a company. */
export function EnrolmentRequestForm({ sessions }: { sessions: { id: string; label: string }[] }) {
  const t = useTranslations("catalogue.request");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState(requestEnrolmentAction, idleState);
  const [kind, setKind] = useState("individual");
  if (state.status === "success") {
    return (
      <p role="status" className="rounded-md bg-emerald-50 p-4 text-emerald-900">
        {t("sent", { number: state.data.number })}
      </p>
    );
  }
  const error = state.status === "error" ? state : null;
  const fieldErrors = (field: string) => error?.fieldErrors?.[field]?.map(errorText);
  return (
    <form action={action} className="space-y-4" noValidate>
      <div className="space-y-1">
        <label htmlFor="actionId" className="block text-sm font-medium text-slate-800">
          {t("session")}
        </label>
        <select
          id="actionId"
          name="actionId"
          defaultValue={error?.values?.actionId}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
        >
          {sessions.map((session) => (
            <option key={session.id} value={session.id}>
              {session.label}
            </option>
          ))}
        </select>
      </div>
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
      {kind === "company" && (
        <TextField name="company" label={t("company")} defaultValue={error?.values?.company} errors={fieldErrors("company")} />
      )}
      <TextField name="name" label={t("name")} autoComplete="name" defaultValue={error?.values?.name} errors={fieldErrors("name")} />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        defaultValue={error?.values?.email}
        errors={fieldErrors("email")}
      />
      <TextField
        name="phone"
        type="tel"
        label={t("phone")}
        autoComplete="tel"
        defaultValue={error?.values?.phone}
        errors={fieldErrors("phone")}
      />
      <TextField
        name="seats"
        type="number"
        min={1}
        max={20}
        label={t("seats")}
        defaultValue={error?.values?.seats ?? "1"}
        errors={fieldErrors("seats")}
      />
      <div className="space-y-1">
        <label htmlFor="message" className="block text-sm font-medium text-slate-800">
          {t("message")}
        </label>
        <textarea
          id="message"
          name="message"
          rows={3}
          defaultValue={error?.values?.message}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
        />
      </div>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
