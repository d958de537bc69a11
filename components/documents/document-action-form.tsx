"use client";

import { useActionState, useEffect, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { Button } from "../ui/button";

interface DocumentActionFormProps {
  action: (state: ActionState<void>, formData: FormData) => Promise<ActionState<void>>;
  submitLabel: string;
  pendingLabel: string;
  successLabel?: string;
  variant?: "primary" | "secondary";
  className?: string;
  testId?: string;
  children?: ReactNode;
}

/** A staff form of the documents section: fields from the server page, errors and success from the action. */
export function DocumentActionForm({
  action,
  submitLabel,
  pendingLabel,
  successLabel,
  variant = "primary",
  className = "space-y-4",
  testId,
  children,
}: DocumentActionFormProps) {
  const t = useTranslations("documents.errors");
  const [state, formAction, pending] = useActionState(action, idleState);
  const router = useRouter();
  // The page shows the new state (status, history) once the action succeeded.
  useEffect(() => {
    if (state.status === "success") router.refresh();
  }, [state, router]);
  const messages =
    state.status === "error"
      ? [...(state.formError ? [state.formError] : []), ...Object.values(state.fieldErrors ?? {}).flat()].filter((key): key is string =>
          Boolean(key),
        )
      : [];
  return (
    <form action={formAction} className={className} data-testid={testId}>
      {messages.length > 0 && (
        <ul role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {[...new Set(messages)].map((key) => (
            <li key={key}>{t.has(key) ? t(key) : t("invalid_input")}</li>
          ))}
        </ul>
      )}
      {state.status === "success" && successLabel && (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {successLabel}
        </p>
      )}
      {children}
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
