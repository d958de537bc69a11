"use client";

import type { ReactNode } from "react";
import { Button } from "./button";
import { FormMessages } from "./form-messages";
import { useActionForm, type FormAction } from "./use-action-form";

/**
 * A small form a server page fills (hidden fields, a button, a note): through useActionForm, its errors
 * in one sentence under it, its success message, the page refreshed once it succeeded.
 */
export function ButtonForm<T>({
  action,
  children,
  className = "",
  successText,
  label,
  errors,
  refresh = false,
  testId,
  submit,
}: {
  action: FormAction<T>;
  children: ReactNode;
  className?: string;
  successText?: string;
  /** The form's accessible name, when a list holds several. */
  label?: string;
  /** Where the action's message keys live first (see useActionForm). */
  errors?: string;
  refresh?: boolean;
  testId?: string;
  /** A Button after the children, its label changed while the action runs. */
  submit?: { label: string; pendingLabel?: string; variant?: "primary" | "secondary" };
}) {
  const form = useActionForm(action, { errors, refresh });
  return (
    <form action={form.action} className={className} aria-busy={form.pending} aria-label={label} data-testid={testId}>
      <fieldset disabled={form.pending} className="contents">
        {children}
        {submit && (
          <Button type="submit" variant={submit.variant}>
            {form.pending && submit.pendingLabel ? submit.pendingLabel : submit.label}
          </Button>
        )}
      </fieldset>
      <FormMessages compact error={form.allErrors.join(" ") || undefined} success={form.succeeded ? successText : undefined} />
    </form>
  );
}
