"use client";

import { useActionState, useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { idleState, type ActionState } from "@/lib/actions/action-state";

/** Any server action built with lib/actions/define-action.ts (a method's parameters, so a FormAction<unknown> takes any of them). */
export type FormAction<T> = { bivariant(state: ActionState<T>, formData: FormData): Promise<ActionState<T>> }["bivariant"];

interface ActionFormOptions<T> {
  /** Where the action's message keys live first ("tickets.errors"); then "formErrors", then the shell's "errors". */
  errors?: string;
  /** Re-render the server page once the action succeeded (a status, a list that changed). */
  refresh?: boolean;
  /** Runs once per success, with the action's data. */
  onSuccess?: (data: T) => void;
}

/** Where a message key is looked up, in order; a key found nowhere reads "Valeur non valide". */
function useMessageText(namespace?: string) {
  const t = useTranslations();
  const places = [namespace, "formErrors", "errors"].filter(Boolean);
  return (key: string) => {
    const place = places.find((prefix) => t.has(`${prefix}.${key}`));
    return t(place ? `${place}.${key}` : "errors.invalid_input");
  };
}

/**
 * Every form of the app: the action's state through useActionState, its pending flag, its errors
 * translated (per field, for Field/Select/Textarea/Checkbox, and for the whole form), its success data,
 * and what was typed echoed back as default values, so nothing entered is lost on an error.
 */
export function useActionForm<T>(action: FormAction<T>, { errors, refresh, onSuccess }: ActionFormOptions<T> = {}) {
  const [state, formAction, pending] = useActionState(action, idleState as ActionState<T>);
  const text = useMessageText(errors);
  const router = useRouter();
  const onSuccessRef = useRef(onSuccess);
  useEffect(() => {
    onSuccessRef.current = onSuccess;
  });
  useEffect(() => {
    if (state.status !== "success") return;
    onSuccessRef.current?.(state.data);
    if (refresh) router.refresh();
  }, [state, refresh, router]);

  const error = state.status === "error" ? state : null;
  const fieldErrors = (name: string) => error?.fieldErrors?.[name]?.map(text);
  const value = (name: string, fallback?: string | null) => error?.values?.[name] ?? fallback ?? undefined;
  const formError = error?.formError ? text(error.formError) : undefined;
  return {
    action: formAction,
    pending,
    state,
    /** The success data, once the action succeeded. */
    data: state.status === "success" ? state.data : undefined,
    succeeded: state.status === "success",
    /** The form-level error, translated. */
    formError,
    /** Every error of the form in one sentence, for a form whose fields live outside it (a button form). */
    allErrors: error
      ? [...new Set([error.formError, ...Object.values(error.fieldErrors ?? {}).flat()])].filter(Boolean).map((key) => text(key!))
      : [],
    fieldErrors,
    /** A field's errors, then the form's: a one-field form (a code) whose refusal reads under its field. */
    fieldAndFormErrors: (name: string) => [...(fieldErrors(name) ?? []), ...(formError ? [formError] : [])],
    value,
    /** Spread on a TextField / SelectField / TextareaField: name, the typed value kept on error, its errors. */
    field: (name: string, fallback?: string | null) => ({ name, defaultValue: value(name, fallback) ?? "", errors: fieldErrors(name) }),
    /** Spread on a CheckboxField: a box ticked before the error stays ticked. */
    checkbox: (name: string, fallback = false) => ({
      name,
      defaultChecked: error?.values ? error.values[name] === "on" : fallback,
      errors: fieldErrors(name),
    }),
  };
}

export type ActionFormHandle<T> = ReturnType<typeof useActionForm<T>>;
