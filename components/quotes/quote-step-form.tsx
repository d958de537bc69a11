"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { Button } from "../ui/button";
import { submitKeepingValues } from "./submit-keeping-values";
import { TextareaField } from "../ui/field";

interface QuoteStepFormProps {
  action: (state: ActionState<void>, formData: FormData) => Promise<ActionState<void>>;
  quoteId: string;
  submitLabel: string;
  pendingLabel: string;
  /** A reason to give (declining), with its label. */
  reasonLabel?: string;
  variant?: "primary" | "secondary";
  testId?: string;
}

/** One step of a quote's life (decline with a reason, convert): its error next to the field, the page refreshed on success. */
export function QuoteStepForm({
  action,
  quoteId,
  submitLabel,
  pendingLabel,
  reasonLabel,
  variant = "primary",
  testId,
}: QuoteStepFormProps) {
  const t = useTranslations("quotes.errors");
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, idleState);
  const keepValues = submitKeepingValues(formAction);
  useEffect(() => {
    if (state.status === "success") router.refresh();
  }, [state, router]);
  const error = state.status === "error" ? state : null;
  const message = (key: string) => (t.has(key) ? t(key) : t("invalid_input"));
  return (
    <form onSubmit={keepValues} className="space-y-3" noValidate data-testid={testId}>
      {error?.formError && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {message(error.formError)}
        </p>
      )}
      <input type="hidden" name="quoteId" value={quoteId} />
      {reasonLabel && (
        <TextareaField
          name="reason"
          id={`${testId ?? "quote"}-reason`}
          label={reasonLabel}
          rows={3}
          maxLength={1000}
          defaultValue={error?.values?.reason ?? ""}
          errors={error?.fieldErrors?.reason?.map(message)}
        />
      )}
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
