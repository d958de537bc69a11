"use client";

import Link from "next/link";
import { CodeField } from "@/components/auth/code-field";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
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
  const form = useActionForm(confirmTotpAction);
  const enrolled = form.data;
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
  return (
    <form action={form.action} className="space-y-3" noValidate data-testid="totp-enrolment-form">
      <input type="hidden" name="enrolment" value={enrolment} />
      <CodeField id="totp-code" label={labels.code} errors={form.fieldAndFormErrors("code")} />
      <Button type="submit" disabled={form.pending}>
        {labels.submit}
      </Button>
    </form>
  );
}
