"use client";

import { useTranslations } from "next-intl";
import { requestIntraAction, requestIntraVisitorAction } from "@/lib/intra-requests/intra-request-actions";
import { Button } from "../ui/button";
import { TextField, TextareaField } from "@/components/ui/field";
import { FormMessages } from "@/components/ui/form-messages";
import { useActionForm } from "@/components/ui/use-action-form";

/** "Faire une demande d’INTRA": a contact's (company from the session) or a visitor's (who says who they are). */
export function IntraRequestForm({ moduleId, asVisitor }: { moduleId: string; asVisitor: boolean }) {
  const t = useTranslations("intra.form");
  const form = useActionForm((asVisitor ? requestIntraVisitorAction : requestIntraAction) as typeof requestIntraVisitorAction, {
    errors: "catalogue.errors",
  });
  if (form.succeeded) return <FormMessages success={t("sent")} />;
  return (
    <form action={form.action} className="space-y-4" noValidate>
      <FormMessages error={form.formError} />
      <input type="hidden" name="moduleId" value={moduleId} />
      {asVisitor && (
        <>
          <TextField id="intra-name" label={t("name")} autoComplete="name" {...form.field("name")} />
          <TextField id="intra-email" type="email" label={t("email")} autoComplete="email" {...form.field("email")} />
          <TextField id="intra-company" label={t("company")} {...form.field("company")} />
        </>
      )}
      <TextField id="intra-count" type="number" min={1} label={t("participantCount")} {...form.field("participantCount")} />
      <TextField id="intra-period" label={t("desiredPeriod")} {...form.field("desiredPeriod")} />
      <TextField id="intra-location" label={t("desiredLocation")} {...form.field("desiredLocation")} />
      <TextareaField id="intra-remarks" label={t("remarks")} rows={3} {...form.field("remarks")} />
      <Button type="submit" disabled={form.pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
