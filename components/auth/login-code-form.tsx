"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { logInWithCode } from "@/lib/auth/log-in-action";
import { Button } from "../ui/button";

/** The login's second step: a code of the authenticator app (or a recovery code), and whether to trust this device. */
export function LoginCodeForm() {
  const t = useTranslations();
  const [state, action, pending] = useActionState(logInWithCode, idleState);
  const error = state.status === "error" ? state : null;
  const codeErrors = [...(error?.fieldErrors?.code ?? []), ...(error?.formError ? [error.formError] : [])].map((key) => t(`errors.${key}`));

  return (
    <form action={action} className="space-y-4" noValidate>
      <div className="space-y-1">
        <label htmlFor="code" className="block text-sm font-medium text-slate-800">
          {t("login.code")}
        </label>
        <input
          id="code"
          name="code"
          autoComplete="one-time-code"
          inputMode="text"
          autoFocus
          required
          maxLength={40}
          aria-invalid={codeErrors.length > 0 || undefined}
          aria-describedby={`code-hint${codeErrors.length ? " code-error" : ""}`}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-lg tracking-widest text-slate-900 shadow-sm aria-invalid:border-red-600"
        />
        <p id="code-hint" className="text-sm text-slate-600">
          {t("login.codeHint")}
        </p>
        {codeErrors.length > 0 && (
          <p id="code-error" role="alert" className="text-sm text-red-700">
            {codeErrors.join(" ")}
          </p>
        )}
      </div>
      <label className="flex items-start gap-2 text-sm font-medium text-slate-800">
        <input
          type="checkbox"
          name="trustDevice"
          defaultChecked={error?.values?.trustDevice === "on"}
          className="mt-0.5 h-4 w-4 rounded border-slate-400"
        />
        <span>{t("login.trustDevice")}</span>
      </label>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("login.submitting") : t("login.codeSubmit")}
      </Button>
    </form>
  );
}
