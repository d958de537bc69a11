"use client";

import { useActionState, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import type { CompanyChoice } from "@/lib/crm/company-choices";
import { ColourField } from "./colour-field";
import { CompanyPicker } from "./company-picker";
import { LogoFileInput } from "./logo-file-input";
import { PasswordStrength } from "./password-strength";

type FormAction = (state: ActionState<string>, formData: FormData) => Promise<ActionState<string>>;
/** Any server action built with lib/actions/define-action.ts; success data is a message key (or nothing). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFormAction = (state: any, formData: FormData) => Promise<unknown>;

/** One field of an ActionForm; labels and hints arrive translated from the server. */
export type FieldSpec =
  | { type: "hidden"; name: string; value: string }
  | {
      type: "text" | "email" | "password" | "url" | "search";
      name: string;
      label: string;
      defaultValue?: string | null;
      required?: boolean;
      autoComplete?: string;
      hint?: string;
      maxLength?: number;
    }
  | { type: "new-password"; name: string; label: string }
  | {
      type: "color";
      name: string;
      label: string;
      defaultValue?: string | null;
      hint?: string;
      /** The name and logo the live preview shows in the colour being chosen. */
      preview?: { name: string; logoUrl: string | null };
    }
  | { type: "checkbox"; name: string; label: string; defaultChecked?: boolean; hint?: string }
  | {
      type: "select";
      name: string;
      label: string;
      options: { value: string; label: string }[];
      defaultValue?: string | null;
      required?: boolean;
    }
  | { type: "file"; name: string; label: string; accept: string; hint?: string; imagePreview?: boolean }
  | {
      type: "company";
      name: string;
      label: string;
      initial: CompanyChoice | null;
      parentsOnly?: boolean;
      excludeId?: string;
      required?: boolean;
      hint?: string;
    };

interface ActionFormProps {
  action: AnyFormAction;
  fields: FieldSpec[];
  submitLabel: ReactNode;
  /** When the button shows only an icon. */
  submitAriaLabel?: string;
  /** A destructive action: the button opens a ConfirmDialog, and only its red button submits. */
  confirm?: { title: string; description?: string; confirmLabel: string };
  className?: string;
  submitClassName?: string;
  testId?: string;
}

const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm aria-invalid:border-red-600";

/**
 * Every staff and account form: fields from a serialisable spec, server action through useActionState,
 * errors (message keys in "formErrors") next to their field, the typed values kept on error.
 */
export function ActionForm({
  action,
  fields,
  submitLabel,
  submitAriaLabel,
  confirm,
  className = "space-y-4",
  submitClassName,
  testId,
}: ActionFormProps) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action as FormAction, idleState as ActionState<string>);
  const [passwords, setPasswords] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const error = state.status === "error" ? state : null;
  const errorsOf = (name: string) => error?.fieldErrors?.[name]?.map((key) => t(`formErrors.${key}`));
  const valueOf = (name: string, fallback?: string | null) => error?.values?.[name] ?? fallback ?? "";
  const submit = (type: "submit" | "button") => (
    <button
      type={type}
      disabled={pending}
      aria-label={submitAriaLabel}
      title={submitAriaLabel}
      className={
        submitClassName ??
        "inline-flex items-center justify-center rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast underline-offset-4 hover:underline disabled:cursor-not-allowed disabled:opacity-60"
      }
    >
      {submitLabel}
    </button>
  );

  return (
    <form ref={formRef} action={formAction} className={className} noValidate data-testid={testId}>
      {error?.formError && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t(`formErrors.${error.formError}`)}
        </p>
      )}
      {state.status === "success" && typeof state.data === "string" && (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
          {t(`actionResults.${state.data}`)}
        </p>
      )}
      {fields.map((field) => {
        if (field.type === "hidden") return <input key={field.name} type="hidden" name={field.name} value={field.value} />;
        const errors = errorsOf(field.name);
        const invalid = Boolean(errors?.length);
        const id = `${testId ?? "form"}-${field.name}`;
        const describedBy =
          [invalid && `${id}-error`, "hint" in field && field.hint && `${id}-hint`, field.type === "new-password" && `${id}-strength`]
            .filter(Boolean)
            .join(" ") || undefined;
        const hint = "hint" in field && field.hint && (
          <p id={`${id}-hint`} className="text-sm text-slate-600">
            {field.hint}
          </p>
        );
        const errorText = invalid && (
          <p id={`${id}-error`} className="text-sm text-red-700">
            {errors!.join(" ")}
          </p>
        );
        if (field.type === "checkbox") {
          const checked = error?.values ? error.values[field.name] === "on" : field.defaultChecked;
          return (
            <div key={field.name} className="space-y-1">
              <label htmlFor={id} className="flex items-start gap-2 text-sm font-medium text-slate-800">
                <input
                  id={id}
                  type="checkbox"
                  name={field.name}
                  defaultChecked={checked}
                  aria-describedby={describedBy}
                  className="mt-0.5 h-4 w-4 rounded border-slate-400"
                />
                <span>{field.label}</span>
              </label>
              {hint}
              {errorText}
            </div>
          );
        }
        return (
          <div key={field.name} className="space-y-1">
            <label htmlFor={id} className="block text-sm font-medium text-slate-800">
              {field.label}
            </label>
            {field.type === "select" ? (
              <select
                id={id}
                name={field.name}
                defaultValue={valueOf(field.name, field.defaultValue)}
                aria-invalid={invalid || undefined}
                aria-describedby={describedBy}
                className={inputClass}
              >
                {field.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : field.type === "new-password" ? (
              <input
                id={id}
                name={field.name}
                type="password"
                autoComplete="new-password"
                required
                value={passwords[field.name] ?? ""}
                onChange={(event) => setPasswords({ ...passwords, [field.name]: event.target.value })}
                aria-invalid={invalid || undefined}
                aria-describedby={describedBy}
                className={inputClass}
              />
            ) : field.type === "company" ? (
              <CompanyPicker
                id={id}
                name={field.name}
                initial={field.initial}
                parentsOnly={field.parentsOnly}
                excludeId={field.excludeId}
                required={field.required}
                invalid={invalid}
                describedBy={describedBy}
                className={inputClass}
              />
            ) : field.type === "file" && field.imagePreview ? (
              <LogoFileInput id={id} name={field.name} accept={field.accept} invalid={invalid} describedBy={describedBy} />
            ) : field.type === "file" ? (
              <input
                id={id}
                name={field.name}
                type="file"
                accept={field.accept}
                aria-invalid={invalid || undefined}
                aria-describedby={describedBy}
                className="block w-full text-sm"
              />
            ) : field.type === "color" ? (
              <ColourField
                id={id}
                name={field.name}
                defaultValue={valueOf(field.name, field.defaultValue)}
                invalid={invalid}
                describedBy={describedBy}
                preview={field.preview}
              />
            ) : (
              <input
                id={id}
                name={field.name}
                type={field.type}
                required={field.required}
                autoComplete={field.autoComplete}
                maxLength={field.maxLength}
                defaultValue={field.type === "password" ? undefined : valueOf(field.name, field.defaultValue)}
                aria-invalid={invalid || undefined}
                aria-describedby={describedBy}
                className={inputClass}
              />
            )}
            {hint}
            {field.type === "new-password" && <PasswordStrength id={`${id}-strength`} password={passwords[field.name] ?? ""} />}
            {errorText}
          </div>
        );
      })}
      {confirm ? (
        <ConfirmDialog
          trigger={submit("button")}
          title={confirm.title}
          description={confirm.description}
          confirmLabel={confirm.confirmLabel}
          onConfirm={() => formRef.current?.requestSubmit()}
        />
      ) : (
        submit("submit")
      )}
    </form>
  );
}
