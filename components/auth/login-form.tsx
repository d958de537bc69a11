"use client";

import { useTranslations } from "next-intl";
import { logIn } from "@/lib/auth/log-in-action";
import { Button } from "../ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessages } from "@/components/ui/form-messages";
import { useActionForm } from "@/components/ui/use-action-form";

/** The login's first step: email and password; a refusal above the fields, the email kept. */
export function LoginForm() {
  const t = useTranslations("login");
  const form = useActionForm(logIn, { errors: "errors" });

  return (
    <form action={form.action} className="space-y-4" noValidate>
      <FormMessages error={form.formError} />
      <TextField type="email" autoComplete="username" required label={t("email")} {...form.field("email")} />
      <TextField
        name="password"
        type="password"
        autoComplete="current-password"
        required
        label={t("password")}
        errors={form.fieldErrors("password")}
      />
      <Button type="submit" disabled={form.pending} className="w-full">
        {form.pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
