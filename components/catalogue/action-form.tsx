"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { idleState } from "@/lib/actions/action-state";
import { useErrorText } from "./use-error-text";

/**
 * A small form posting to a server action (add to cart, confirm, publish…), with its hidden fields and
 * buttons as children; errors are announced next to it.
 */
export function ActionForm<T>({
  action,
  children,
  className = "",
  successText,
  label,
}: {
  action: (previous: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  children: ReactNode;
  className?: string;
  successText?: string;
  label?: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleState as ActionState<T>);
  const errorText = useErrorText();
  const errors =
    state.status === "error"
      ? [state.formError, ...Object.values(state.fieldErrors ?? {}).flat()].filter((key): key is string => Boolean(key))
      : [];
  return (
    <form action={formAction} className={className} aria-busy={pending} aria-label={label}>
      <fieldset disabled={pending} className="contents">
        {children}
      </fieldset>
      {errors.length > 0 && (
        <p role="alert" className="mt-1 w-full text-sm text-red-700">
          {[...new Set(errors)].map(errorText).join(" ")}
        </p>
      )}
      {state.status === "success" && successText && (
        <p role="status" className="mt-1 w-full text-sm text-emerald-800">
          {successText}
        </p>
      )}
    </form>
  );
}
