"use client";

import { useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { ColourField } from "@/components/admin/colour-field";
import { CompanyPicker } from "@/components/admin/company-picker";
import { LogoFileInput } from "@/components/admin/logo-file-input";
import { PasswordStrength } from "@/components/admin/password-strength";
import { Button } from "./button";
import { ConfirmDialog } from "./confirm-dialog";
import { CheckboxField, CONTROL, describedBy, FieldFrame, SelectField, TextField } from "./field";
import { FormMessages } from "./form-messages";
import { useActionForm, type FormAction } from "./use-action-form";
import type { CompanyChoice } from "@/lib/crm/company-choices";

/** One field of an ActionForm; labels and hints arrive translated from the server. */
export type FieldSpec =
  | { type: "hidden"; name: string; value: string }
  | {
      type: "text" | "email" | "password" | "url" | "search" | "date";
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
      /** A first, empty option ("Choisir…"). */
      placeholder?: string;
    }
  | { type: "file"; name: string; label: string; accept: string; hint?: string; imagePreview?: boolean; required?: boolean }
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
  action: FormAction<unknown>;
  fields: FieldSpec[];
  submitLabel: ReactNode;
  /** Shown on the button while the action runs. */
  pendingLabel?: string;
  /** When the button shows only an icon. */
  submitAriaLabel?: string;
  /** A destructive action: the button opens a ConfirmDialog, and only its red button submits. */
  confirm?: { title: string; description?: string; confirmLabel: string };
  /** The success message; by default the action's data read as a key of "actionResults". */
  successText?: string;
  /** Where the action's message keys live first (see useActionForm). */
  errors?: string;
  /** Re-render the page once the action succeeded. */
  refresh?: boolean;
  variant?: "primary" | "secondary" | "danger";
  className?: string;
  submitClassName?: string;
  testId?: string;
}

/**
 * A form whose fields a server page describes (the staff and account forms): through useActionForm, the
 * errors next to their field, the typed values kept on error, the form's message above the fields.
 */
export function ActionForm({
  action,
  fields,
  submitLabel,
  pendingLabel,
  submitAriaLabel,
  confirm,
  successText,
  errors,
  refresh,
  variant = "primary",
  className = "space-y-4",
  submitClassName,
  testId,
}: ActionFormProps) {
  const t = useTranslations();
  const form = useActionForm(action, { errors, refresh });
  const [passwords, setPasswords] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const success = form.succeeded
    ? (successText ?? (typeof form.data === "string" ? t(`actionResults.${form.data}`) : undefined))
    : undefined;
  const submit = (type: "submit" | "button") => {
    const button = { type, disabled: form.pending, "aria-label": submitAriaLabel, title: submitAriaLabel };
    const label = form.pending && pendingLabel ? pendingLabel : submitLabel;
    // A list row's small button brings its own classes instead of a Button variant.
    return submitClassName ? (
      <button {...button} className={`${submitClassName} disabled:cursor-not-allowed disabled:opacity-60`}>
        {label}
      </button>
    ) : (
      <Button {...button} variant={variant}>
        {label}
      </Button>
    );
  };

  return (
    <form ref={formRef} action={form.action} className={className} noValidate data-testid={testId}>
      <FormMessages error={form.formError} success={success} />
      {fields.map((field) => {
        if (field.type === "hidden") return <input key={field.name} type="hidden" name={field.name} value={field.value} />;
        const id = `${testId ?? "form"}-${field.name}`;
        const fieldErrors = form.fieldErrors(field.name);
        const invalid = Boolean(fieldErrors?.length);
        const hint = "hint" in field ? field.hint : undefined;
        switch (field.type) {
          case "checkbox":
            return (
              <CheckboxField
                key={field.name}
                id={id}
                label={field.label}
                hint={hint}
                {...form.checkbox(field.name, field.defaultChecked)}
              />
            );
          case "select":
            return (
              <SelectField
                key={field.name}
                id={id}
                label={field.label}
                options={field.options}
                placeholder={field.placeholder}
                required={field.required}
                {...form.field(field.name, field.defaultValue)}
              />
            );
          case "new-password": {
            const strengthId = `${id}-strength`;
            return (
              <FieldFrame key={field.name} id={id} label={field.label} errors={fieldErrors}>
                <input
                  id={id}
                  name={field.name}
                  type="password"
                  autoComplete="new-password"
                  required
                  value={passwords[field.name] ?? ""}
                  onChange={(event) => setPasswords({ ...passwords, [field.name]: event.target.value })}
                  aria-invalid={invalid || undefined}
                  aria-describedby={[describedBy(id, undefined, invalid), strengthId].filter(Boolean).join(" ")}
                  className={CONTROL}
                />
                <PasswordStrength id={strengthId} password={passwords[field.name] ?? ""} />
              </FieldFrame>
            );
          }
          case "color":
            return (
              <FieldFrame key={field.name} id={id} label={field.label} hint={hint} errors={fieldErrors}>
                <ColourField
                  id={id}
                  name={field.name}
                  defaultValue={form.value(field.name, field.defaultValue) ?? ""}
                  invalid={invalid}
                  describedBy={describedBy(id, hint, invalid)}
                  preview={field.preview}
                />
              </FieldFrame>
            );
          case "company":
            return (
              <FieldFrame key={field.name} id={id} label={field.label} hint={hint} errors={fieldErrors}>
                <CompanyPicker
                  id={id}
                  name={field.name}
                  initial={field.initial}
                  parentsOnly={field.parentsOnly}
                  excludeId={field.excludeId}
                  required={field.required}
                  invalid={invalid}
                  describedBy={describedBy(id, hint, invalid)}
                  className={CONTROL}
                />
              </FieldFrame>
            );
          case "file":
            return (
              <FieldFrame key={field.name} id={id} label={field.label} hint={hint} errors={fieldErrors}>
                {field.imagePreview ? (
                  <LogoFileInput
                    id={id}
                    name={field.name}
                    accept={field.accept}
                    invalid={invalid}
                    describedBy={describedBy(id, hint, invalid)}
                  />
                ) : (
                  <input
                    id={id}
                    name={field.name}
                    type="file"
                    accept={field.accept}
                    required={field.required}
                    aria-invalid={invalid || undefined}
                    aria-describedby={describedBy(id, hint, invalid)}
                    className="block w-full text-sm"
                  />
                )}
              </FieldFrame>
            );
          default:
            return (
              <TextField
                key={field.name}
                id={id}
                label={field.label}
                hint={hint}
                type={field.type}
                required={field.required}
                autoComplete={field.autoComplete}
                maxLength={field.maxLength}
                {...form.field(field.name, field.defaultValue)}
                // A password is never echoed back.
                {...(field.type === "password" && { defaultValue: undefined })}
              />
            );
        }
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
