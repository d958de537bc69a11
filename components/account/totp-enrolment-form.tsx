"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { CodeField } from "@/components/auth/code-field";
import { confirmTotpAction } from "@/lib/auth/two-factor/two-factor-actions";

export interface TotpEnrolmentLabels {
  code: string;
  submit: string;
  codesTitle: string;
  codesIntro: string;
  done: string;
}

/** Confirms the scanned secret with a first code, then shows the ten recovery codes, once. */
export function TotpEnrolmentForm({ enrolment, labels }: { enrolment: string; labels: TotpEnrolmentLabels }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(confirmTotpAction, idleState);
  const enrolled = state.status === "success" ? state.data : undefined;
  if (enrolled?.recoveryCodes && enrolled.continueTo) {
    return (
      <div className="space-y-3" role="status" data-testid="recovery-codes">
        <h3 className="font-semibold">{labels.codesTitle}</h3>
        <p className="text-sm text-slate-700">{labels.codesIntro}</p>
        <ol className="grid grid-cols-2 gap-2 rounded-md bg-slate-50 p-3 font-mono text-sm">
          {enrolled.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        <Link href={enrolled.continueTo} className="inline-block rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
          {labels.done}
        </Link>
      </div>
    );
  }
  const error = state.status === "error" ? state : null;
  const errors = [...(error?.fieldErrors?.code ?? []), ...(error?.formError ? [error.formError] : [])].map((key) => t(`formErrors.${key}`));
  return (
    <form action={action} className="space-y-3" noValidate data-testid="totp-enrolment-form">
      <input type="hidden" name="enrolment" value={enrolment} />
      <CodeField id="totp-code" label={labels.code} errors={errors} />
      <button
        type="submit"
        disabled={pending}
        className="inline-flex items-center justify-center rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast underline-offset-4 hover:underline disabled:opacity-60"
      >
        {labels.submit}
      </button>
    </form>
  );
}
