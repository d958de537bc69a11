"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { logInWithCode } from "@/lib/auth/log-in-action";
import { Button } from "../ui/button";
import { CodeField } from "./code-field";

/** The login's second step: a code of the authenticator app (or a recovery code), and whether to trust this device. */
export function LoginCodeForm() {
  const t = useTranslations();
  const [state, action, pending] = useActionState(logInWithCode, idleState);
  const error = state.status === "error" ? state : null;
  const codeErrors = [...(error?.fieldErrors?.code ?? []), ...(error?.formError ? [error.formError] : [])].map((key) => t(`errors.${key}`));

  return (
    <form action={action} className="space-y-4" noValidate>
      <CodeField id="code" label={t("login.code")} hint={t("login.codeHint")} errors={codeErrors} />
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
