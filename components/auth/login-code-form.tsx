"use client";

import { useTranslations } from "next-intl";
import { logInWithCode } from "@/lib/auth/log-in-action";
import { Button } from "../ui/button";
import { CheckboxField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { CodeField } from "./code-field";

/** The login's second step: a code of the authenticator app (or a recovery code), and whether to trust this device. */
export function LoginCodeForm() {
  const t = useTranslations("login");
  const form = useActionForm(logInWithCode, { errors: "errors" });

  return (
    <form action={form.action} className="space-y-4" noValidate>
      <CodeField id="code" label={t("code")} hint={t("codeHint")} errors={form.fieldAndFormErrors("code")} />
      <CheckboxField label={t("trustDevice")} {...form.checkbox("trustDevice")} />
      <Button type="submit" disabled={form.pending} className="w-full">
        {form.pending ? t("submitting") : t("codeSubmit")}
      </Button>
    </form>
  );
}
