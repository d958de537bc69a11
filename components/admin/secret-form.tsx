"use client";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessages } from "@/components/ui/form-messages";
import { useActionForm, type FormAction } from "@/components/ui/use-action-form";

interface SecretFormProps {
  action: FormAction<string>;
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
  const form = useActionForm(action);
  return (
    <div className="space-y-4">
      <FormMessages
        success={
          form.data !== undefined && (
            <div className="space-y-2">
              <label htmlFor={`${testId}-secret`} className="block font-semibold">
                {secretLabel}
              </label>
              <input
                id={`${testId}-secret`}
                readOnly
                value={form.data}
                data-testid={`${testId}-secret`}
                className={`${inputClass} font-mono text-xs`}
                onFocus={(event) => event.currentTarget.select()}
              />
              <p>{secretHint}</p>
            </div>
          )
        }
      />
      <form action={form.action} noValidate className="space-y-4" data-testid={testId}>
        <FormMessages error={form.formError} />
        {fields.map((field) => (
          <TextField
            key={field.name}
            id={`${testId}-${field.name}`}
            label={field.label}
            type={field.type}
            required={field.required}
            hint={field.hint}
            {...form.field(field.name)}
          />
        ))}
        {groups.map((group) => {
          const errors = form.fieldErrors(group.name)?.join(" ");
          return (
            <fieldset key={group.name} className="space-y-2" aria-describedby={errors ? `${testId}-${group.name}-error` : undefined}>
              <legend className="text-sm font-medium text-slate-800">{group.legend}</legend>
              <div className="grid gap-1 sm:grid-cols-2">
                {group.options.map((option) => (
                  <label key={option.name} className="flex items-center gap-2 text-sm text-slate-800">
                    <input
                      type="checkbox"
                      name={option.name}
                      defaultChecked={form.checkbox(option.name).defaultChecked}
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
        <Button type="submit" disabled={form.pending}>
          {submitLabel}
        </Button>
      </form>
    </div>
  );
}
