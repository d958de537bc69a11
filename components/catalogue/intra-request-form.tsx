"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { requestIntraAction, requestIntraVisitorAction } from "@/lib/intra-requests/intra-request-actions";
import { Button } from "../ui/button";
import { TextField } from "@/components/ui/field";
import { useErrorText } from "./use-error-text";

/** "Faire une demande d’INTRA": a contact's (company from the session) or a visitor's (who says who they are). */
export function IntraRequestForm({ moduleId, asVisitor }: { moduleId: string; asVisitor: boolean }) {
  const t = useTranslations("intra.form");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState(
    (asVisitor ? requestIntraVisitorAction : requestIntraAction) as typeof requestIntraVisitorAction,
    idleState,
  );
  if (state.status === "success")
    return (
      <p role="status" className="rounded-md bg-emerald-50 p-4 text-emerald-900">
        {t("sent")}
      </p>
    );
  const error = state.status === "error" ? state : null;
  const fieldErrors = (field: string) => error?.fieldErrors?.[field]?.map(errorText);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="moduleId" value={moduleId} />
      {asVisitor && (
        <>
          <TextField
            id="intra-name"
            name="name"
            label={t("name")}
            autoComplete="name"
            defaultValue={error?.values?.name}
            errors={fieldErrors("name")}
          />
          <TextField
            id="intra-email"
            name="email"
            type="email"
            label={t("email")}
            autoComplete="email"
            defaultValue={error?.values?.email}
            errors={fieldErrors("email")}
          />
          <TextField
            id="intra-company"
            name="company"
            label={t("company")}
            defaultValue={error?.values?.company}
            errors={fieldErrors("company")}
          />
        </>
      )}
      <TextField
        id="intra-count"
        name="participantCount"
        type="number"
        min={1}
        label={t("participantCount")}
        defaultValue={error?.values?.participantCount ?? ""}
        errors={fieldErrors("participantCount")}
      />
      <TextField
        id="intra-period"
        name="desiredPeriod"
        label={t("desiredPeriod")}
        defaultValue={error?.values?.desiredPeriod}
        errors={fieldErrors("desiredPeriod")}
      />
      <TextField
        id="intra-location"
        name="desiredLocation"
        label={t("desiredLocation")}
        defaultValue={error?.values?.desiredLocation}
        errors={fieldErrors("desiredLocation")}
      />
      <div className="space-y-1">
        <label htmlFor="intra-remarks" className="block text-sm font-medium text-slate-800">
          {t("remarks")}
        </label>
        <textarea
          id="intra-remarks"
          name="remarks"
          rows={3}
          defaultValue={error?.values?.remarks}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
        />
      </div>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
