"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { deleteFundingAction, saveFundingAction } from "@/lib/fundings/funding-actions";
import { Button } from "../ui/button";
import { CheckboxField, SelectField, TextField } from "../ui/field";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { submitKeepingValues } from "../quotes/submit-keeping-values";

type Option = { value: string; label: string };

interface FundingFormProps {
  /** Unique on the page: prefixes the fields' ids. */
  formId: string;
  actionId: string;
  /** The companies or seats it may fund (a single one on an edit). */
  targets: (Option & { hint: string })[];
  kinds: Option[];
  opcos: Option[];
  statuses: Option[];
  funding?: {
    id: string;
    funderKind: string;
    opco: string | null;
    funderName: string | null;
    agreementNumber: string | null;
    amount: string;
    status: string;
    subrogation: boolean;
  };
}

/** Staff's funding line form (add or edit): the OPCO list shows for an OPCO, the funder's name for a region or another funder. */
export function FundingForm({ formId, actionId, targets, kinds, opcos, statuses, funding }: FundingFormProps) {
  const t = useTranslations("fundings.form");
  const tError = useTranslations("fundings.errors");
  const [state, formAction, pending] = useActionState(saveFundingAction, idleState);
  const error = state.status === "error" ? state : null;
  const [kind, setKind] = useState(error?.values?.funderKind ?? funding?.funderKind ?? "OPCO");
  const [targetValue, setTargetValue] = useState(error?.values?.target ?? targets[0]?.value ?? "");
  // A new line's form starts blank again once saved, ready for the next line; an edit keeps what it now says.
  const [handled, setHandled] = useState(state);
  const [blankForms, setBlankForms] = useState(0);
  if (state !== handled) {
    setHandled(state);
    if (!funding && state.status === "success") {
      setBlankForms((count) => count + 1);
      setKind("OPCO");
      setTargetValue(targets[0]?.value ?? "");
    }
  }
  const text = (key: string) => (tError.has(key) ? tError(key) : tError("invalid_input"));
  const errors = (name: string) => error?.fieldErrors?.[name]?.map(text);
  const value = (name: string, fallback?: string | null) => error?.values?.[name] ?? fallback ?? "";
  const id = (name: string) => `${formId}-${name}`;
  return (
    <form key={blankForms} onSubmit={submitKeepingValues(formAction)} className="space-y-3" noValidate data-testid={formId}>
      {error?.formError && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {text(error.formError)}
        </p>
      )}
      {state.status === "success" && (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("saved")}
        </p>
      )}
      <input type="hidden" name="actionId" value={actionId} />
      {funding && <input type="hidden" name="fundingId" value={funding.id} />}
      {funding ? (
        <input type="hidden" name="target" value={targets[0]?.value ?? ""} />
      ) : (
        <SelectField
          id={id("target")}
          name="target"
          label={t("target")}
          options={targets}
          value={targetValue}
          onChange={(event) => setTargetValue(event.target.value)}
          hint={targets.find((target) => target.value === targetValue)?.hint}
          errors={errors("target")}
        />
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id={id("funderKind")}
          name="funderKind"
          label={t("funderKind")}
          options={kinds}
          value={kind}
          onChange={(event) => setKind(event.target.value)}
          errors={errors("funderKind")}
        />
        {kind === "OPCO" && (
          <SelectField
            id={id("opco")}
            name="opco"
            label={t("opco")}
            options={opcos}
            placeholder={t("opcoNone")}
            defaultValue={value("opco", funding?.opco)}
            errors={errors("opco")}
          />
        )}
        {(kind === "REGION" || kind === "OTHER") && (
          <TextField
            id={id("funderName")}
            name="funderName"
            label={t("funderName")}
            maxLength={120}
            defaultValue={value("funderName", funding?.funderName)}
            errors={errors("funderName")}
          />
        )}
        <TextField
          id={id("agreementNumber")}
          name="agreementNumber"
          label={t("agreementNumber")}
          maxLength={60}
          defaultValue={value("agreementNumber", funding?.agreementNumber)}
          errors={errors("agreementNumber")}
        />
        <TextField
          id={id("amount")}
          name="amount"
          label={t("amount")}
          inputMode="decimal"
          defaultValue={value("amount", funding?.amount)}
          hint={funding ? targets[0]?.hint : undefined}
          errors={errors("amount")}
        />
        <SelectField
          id={id("status")}
          name="status"
          label={t("status")}
          options={statuses}
          defaultValue={value("status", funding?.status ?? "TO_REQUEST")}
          errors={errors("status")}
        />
      </div>
      <CheckboxField
        id={id("subrogation")}
        name="subrogation"
        label={t("subrogation")}
        defaultChecked={error?.values ? error.values.subrogation === "on" : (funding?.subrogation ?? false)}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}

/** Deletes a funding line, behind a confirmation. */
export function DeleteFundingButton({
  actionId,
  fundingId,
  labels,
}: {
  actionId: string;
  fundingId: string;
  labels: { delete: string; title: string; description: string };
}) {
  const tError = useTranslations("fundings.errors");
  const [state, formAction, pending] = useActionState(deleteFundingAction, idleState);
  const formId = `delete-funding-${fundingId}`;
  return (
    <form id={formId} action={formAction} className="inline">
      <input type="hidden" name="actionId" value={actionId} />
      <input type="hidden" name="fundingId" value={fundingId} />
      <ConfirmDialog
        trigger={
          <Button type="button" variant="secondary" disabled={pending}>
            {labels.delete}
          </Button>
        }
        title={labels.title}
        description={labels.description}
        confirmLabel={labels.delete}
        onConfirm={() => (document.getElementById(formId) as HTMLFormElement | null)?.requestSubmit()}
      />
      {state.status === "error" && state.formError && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {tError.has(state.formError) ? tError(state.formError) : tError("invalid_input")}
        </p>
      )}
    </form>
  );
}
