"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "../ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextField, TextareaField } from "@/components/ui/field";
import { FormMessages } from "@/components/ui/form-messages";
import { useActionForm, type FormAction } from "@/components/ui/use-action-form";

/** Sends one attachment to a ticket (raw body, as the storage uploader does); true when stored. */
async function attach(ticketId: string, file: File): Promise<boolean> {
  const response = await fetch(`/qualite/${ticketId}/pieces-jointes?name=${encodeURIComponent(file.name)}`, { method: "POST", body: file });
  return response.ok;
}

const CATEGORIES = ["RECLAMATION", "INCIDENT", "SUGGESTION", "QUESTION", "APPRECIATION"] as const;

/**
 * The contact's new-ticket form. Attachments are chosen here but not sent with the form (server actions
 * cap their body): once the ticket exists they go to its attachment route, then the ticket opens.
 */
export function TicketCreateForm({ action, actions }: { action: FormAction<{ id: string }>; actions: { id: string; label: string }[] }) {
  const t = useTranslations("tickets");
  const router = useRouter();
  const [files, setFiles] = useState<File[]>([]);
  const [attaching, setAttaching] = useState(false);
  const form = useActionForm(action, {
    errors: "tickets.errors",
    onSuccess: ({ id }) => {
      setAttaching(true);
      void Promise.all(files.map((file) => attach(id, file))).then((results) =>
        router.push(`/qualite/${id}${results.every(Boolean) ? "" : "?pieces=incompletes"}`),
      );
    },
  });
  return (
    <Card as="form" className="space-y-4" action={form.action} noValidate>
      <FormMessages error={form.formError} />
      <SelectField
        label={t("fields.category")}
        placeholder={t("chooseCategory")}
        options={CATEGORIES.map((category) => ({ value: category, label: t(`category.${category}`) }))}
        {...form.field("category")}
      />
      <TextField label={t("fields.subject")} maxLength={200} {...form.field("subject")} />
      <TextareaField label={t("fields.description")} rows={6} {...form.field("description")} />
      <SelectField
        label={t("fields.action")}
        placeholder={t("noAction")}
        options={actions.map((option) => ({ value: option.id, label: option.label }))}
        {...form.field("actionId")}
      />
      <div className="space-y-1">
        <label htmlFor="ticket-files" className="block text-sm font-medium">
          {t("attachments")}
        </label>
        {/* No name: the files are not part of the action's form data. */}
        <input
          id="ticket-files"
          type="file"
          multiple
          onChange={(event) => setFiles([...(event.target.files ?? [])])}
          className="block text-sm"
          aria-describedby="ticket-files-hint"
        />
        <p id="ticket-files-hint" className="text-sm text-slate-600">
          {t("attachmentsHint")}
        </p>
      </div>
      <Button type="submit" disabled={form.pending || attaching}>
        {attaching ? t("attaching") : t("submit")}
      </Button>
    </Card>
  );
}

/** A reply in a ticket's thread (contact or staff, by the action given). */
export function TicketReplyForm({ action, ticketId }: { action: FormAction<unknown>; ticketId: string }) {
  const t = useTranslations("tickets");
  const formRef = useRef<HTMLFormElement>(null);
  const form = useActionForm(action, { errors: "tickets.errors", refresh: true, onSuccess: () => formRef.current?.reset() });
  return (
    <form ref={formRef} action={form.action} className="space-y-2">
      <FormMessages error={form.formError} />
      <input type="hidden" name="ticketId" value={ticketId} />
      <TextareaField id="reply-body" label={t("reply")} rows={4} {...form.field("body")} />
      <Button type="submit" disabled={form.pending}>
        {t("send")}
      </Button>
    </form>
  );
}

/** Staff record the Qualiopi handling fields: owner, severity, analysis, corrective action. */
export function TicketHandlingForm({
  action,
  ticketId,
  staff,
  values,
}: {
  action: FormAction<unknown>;
  ticketId: string;
  staff: { id: string; name: string }[];
  values: { ownerUserId: string | null; severity: string | null; analysis: string | null; correctiveAction: string | null };
}) {
  const t = useTranslations("tickets");
  const form = useActionForm(action, { errors: "tickets.errors", refresh: true });
  return (
    <form action={form.action} className="space-y-3">
      <FormMessages error={form.formError} success={form.succeeded ? t("saved") : undefined} />
      <input type="hidden" name="ticketId" value={ticketId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t("fields.owner")}
          placeholder={t("unassigned")}
          options={staff.map((member) => ({ value: member.id, label: member.name }))}
          {...form.field("ownerUserId", values.ownerUserId)}
        />
        <SelectField
          label={t("fields.severity")}
          placeholder="—"
          options={(["LOW", "MEDIUM", "HIGH"] as const).map((severity) => ({ value: severity, label: t(`severity.${severity}`) }))}
          {...form.field("severity", values.severity)}
        />
      </div>
      <TextareaField label={t("fields.analysis")} rows={3} {...form.field("analysis", values.analysis)} />
      <TextareaField label={t("fields.correctiveAction")} rows={3} {...form.field("correctiveAction", values.correctiveAction)} />
      <Button type="submit" disabled={form.pending}>
        {t("saveHandling")}
      </Button>
    </form>
  );
}
