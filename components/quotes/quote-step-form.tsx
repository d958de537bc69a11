"use client";

import { Button } from "../ui/button";
import { TextareaField } from "../ui/field";
import { FormMessages } from "../ui/form-messages";
import { useActionForm, type FormAction } from "../ui/use-action-form";
import { submitKeepingValues } from "./submit-keeping-values";

interface QuoteStepFormProps {
  action: FormAction<void>;
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
  const form = useActionForm(action, { errors: "quotes.errors", refresh: true });
  return (
    <form onSubmit={submitKeepingValues(form.action)} className="space-y-3" noValidate data-testid={testId}>
      <FormMessages error={form.formError} />
      <input type="hidden" name="quoteId" value={quoteId} />
      {reasonLabel && (
        <TextareaField id={`${testId ?? "quote"}-reason`} label={reasonLabel} rows={3} maxLength={1000} {...form.field("reason")} />
      )}
      <Button type="submit" variant={variant} disabled={form.pending}>
        {form.pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
