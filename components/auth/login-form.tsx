"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { logIn } from "@/lib/auth/log-in-action";
import { Button } from "../ui/button";
import { TextField } from "@/components/ui/field";

export function LoginForm() {
  const t = useTranslations();
  const [state, action, pending] = useActionState(logIn, idleState);
  const error = state.status === "error" ? state : null;
  const fieldErrors = (field: string) => error?.fieldErrors?.[field]?.map((key) => t(`errors.${key}`));

  return (
    <form action={action} className="space-y-4" noValidate>
      {error?.formError && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t(`errors.${error.formError}`)}
        </p>
      )}
      <TextField
        name="email"
        type="email"
        autoComplete="username"
        required
        label={t("login.email")}
        defaultValue={error?.values?.email}
        errors={fieldErrors("email")}
      />
      <TextField
        name="password"
        type="password"
        autoComplete="current-password"
        required
        label={t("login.password")}
        errors={fieldErrors("password")}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("login.submitting") : t("login.submit")}
      </Button>
    </form>
  );
}
