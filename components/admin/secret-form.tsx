"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState, type ActionState } from "@/lib/actions/action-state";

type SecretAction = (state: ActionState<string>, formData: FormData) => Promise<ActionState<string>>;

interface SecretFormProps {
  action: SecretAction;
  testId: string;
  fields: { name: string; label: string; type: "text" | "url"; required?: boolean; hint?: string }[];
  /** Checkboxes; an error on the group's `name` shows under its legend. */
  groups: { name: string; legend: string; options: { name: string; label: string }[] }[];
  submitLabel: string;
  /** Label of the secret shown once after a success, and the warning that goes with it. */
  secretLabel: string;
  secretHint: string;
}

const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm aria-invalid:border-red-600";

/** A creation form whose success is a secret (an API token, a webhook signing secret), shown here once and never again. */
export function SecretForm({ action, testId, fields, groups, submitLabel, secretLabel, secretHint }: SecretFormProps) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, idleState as ActionState<string>);
  const error = state.status === "error" ? state : null;
  const errorsOf = (name: string) => error?.fieldErrors?.[name]?.map((key) => t(`formErrors.${key}`)).join(" ");
  return (
    <div className="space-y-4">
      {state.status === "success" && (
        <div role="status" className="space-y-2 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900">
          <label htmlFor={`${testId}-secret`} className="block font-semibold">
            {secretLabel}
          </label>
          <input
            id={`${testId}-secret`}
            readOnly
            value={state.data}
            data-testid={`${testId}-secret`}
            className={`${inputClass} font-mono text-xs`}
            onFocus={(event) => event.currentTarget.select()}
          />
          <p>{secretHint}</p>
        </div>
      )}
      <form action={formAction} noValidate className="space-y-4" data-testid={testId}>
        {fields.map((field) => {
          const id = `${testId}-${field.name}`;
          const errors = errorsOf(field.name);
          return (
            <div key={field.name} className="space-y-1">
              <label htmlFor={id} className="block text-sm font-medium text-slate-800">
                {field.label}
              </label>
              <input
                id={id}
                name={field.name}
                type={field.type}
                required={field.required}
                defaultValue={error?.values?.[field.name] ?? ""}
                aria-invalid={errors ? true : undefined}
                aria-describedby={[errors && `${id}-error`, field.hint && `${id}-hint`].filter(Boolean).join(" ") || undefined}
                className={inputClass}
              />
              {field.hint && (
                <p id={`${id}-hint`} className="text-sm text-slate-600">
                  {field.hint}
                </p>
              )}
              {errors && (
                <p id={`${id}-error`} className="text-sm text-red-700">
                  {errors}
                </p>
              )}
            </div>
          );
        })}
        {groups.map((group) => {
          const errors = errorsOf(group.name);
          return (
            <fieldset key={group.name} className="space-y-2" aria-describedby={errors ? `${testId}-${group.name}-error` : undefined}>
              <legend className="text-sm font-medium text-slate-800">{group.legend}</legend>
              <div className="grid gap-1 sm:grid-cols-2">
                {group.options.map((option) => (
                  <label key={option.name} className="flex items-center gap-2 text-sm text-slate-800">
                    <input
                      type="checkbox"
                      name={option.name}
                      defaultChecked={error?.values?.[option.name] === "on"}
                      className="h-4 w-4 rounded border-slate-400"
                    />
                    <span>{option.label}</span>
                  </label>
                ))}
              </div>
              {errors && (
                <p id={`${testId}-${group.name}-error`} className="text-sm text-red-700">
                  {errors}
                </p>
              )}
            </fieldset>
          );
        })}
        <button
          type="submit"
          disabled={pending}
          className="inline-flex items-center justify-center rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast underline-offset-4 hover:underline disabled:cursor-not-allowed disabled:opacity-60"
        >
          {submitLabel}
        </button>
      </form>
    </div>
  );
}
