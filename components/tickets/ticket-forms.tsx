"use client";

import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { Button } from "../ui/button";
import { Card } from "@/components/ui/card";

type FormAction = (state: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

const field = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm aria-invalid:border-red-600";

function useErrors(state: ActionState<unknown>) {
  const t = useTranslations("tickets.errors");
  const error = state.status === "error" ? state : null;
  return {
    form: error?.formError ? t(error.formError) : undefined,
    of: (name: string) => error?.fieldErrors?.[name]?.map((key) => t(key)).join(" "),
    value: (name: string) => error?.values?.[name],
  };
}

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="text-sm text-red-700">
      {message}
    </p>
  ) : null;
}

/** Sends one attachment to a ticket (raw body, as the storage uploader does); true when stored. */
async function attach(ticketId: string, file: File): Promise<boolean> {
  const response = await fetch(`/qualite/${ticketId}/pieces-jointes?name=${encodeURIComponent(file.name)}`, { method: "POST", body: file });
  return response.ok;
}

/**
 * The contact's new-ticket form. Attachments are chosen here but not sent with the form (server actions
 * cap their body): once the ticket exists they go to its attachment route, then the ticket opens.
 */
export function TicketCreateForm({ action, actions }: { action: FormAction; actions: { id: string; label: string }[] }) {
  const t = useTranslations("tickets");
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, idleState);
  const [files, setFiles] = useState<File[]>([]);
  const [attaching, setAttaching] = useState(false);
  const errors = useErrors(state);
  useEffect(() => {
    if (state.status !== "success") return;
    const id = (state.data as { id: string }).id;
    void (async () => {
      setAttaching(true);
      const results = await Promise.all(files.map((file) => attach(id, file)));
      router.push(`/qualite/${id}${results.every(Boolean) ? "" : "?pieces=incompletes"}`);
    })();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, router]);
  return (
    <Card as="form" className="space-y-4" action={formAction} noValidate>
      <div className="space-y-1">
        <label htmlFor="category" className="block text-sm font-medium">
          {t("fields.category")}
        </label>
        <select
          id="category"
          name="category"
          defaultValue={errors.value("category") ?? ""}
          aria-invalid={Boolean(errors.of("category")) || undefined}
          aria-describedby="category-error"
          className={field}
        >
          <option value="">{t("chooseCategory")}</option>
          {(["RECLAMATION", "INCIDENT", "SUGGESTION", "QUESTION", "APPRECIATION"] as const).map((category) => (
            <option key={category} value={category}>
              {t(`category.${category}`)}
            </option>
          ))}
        </select>
        <FieldError id="category-error" message={errors.of("category")} />
      </div>
      <div className="space-y-1">
        <label htmlFor="subject" className="block text-sm font-medium">
          {t("fields.subject")}
        </label>
        <input
          id="subject"
          name="subject"
          maxLength={200}
          defaultValue={errors.value("subject")}
          aria-invalid={Boolean(errors.of("subject")) || undefined}
          aria-describedby="subject-error"
          className={field}
        />
        <FieldError id="subject-error" message={errors.of("subject")} />
      </div>
      <div className="space-y-1">
        <label htmlFor="description" className="block text-sm font-medium">
          {t("fields.description")}
        </label>
        <textarea
          id="description"
          name="description"
          rows={6}
          defaultValue={errors.value("description")}
          aria-invalid={Boolean(errors.of("description")) || undefined}
          aria-describedby="description-error"
          className={field}
        />
        <FieldError id="description-error" message={errors.of("description")} />
      </div>
      <div className="space-y-1">
        <label htmlFor="actionId" className="block text-sm font-medium">
          {t("fields.action")}
        </label>
        <select id="actionId" name="actionId" defaultValue={errors.value("actionId") ?? ""} className={field}>
          <option value="">{t("noAction")}</option>
          {actions.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
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
      <Button type="submit" disabled={pending || attaching}>
        {attaching ? t("attaching") : t("submit")}
      </Button>
    </Card>
  );
}

/** A reply in a ticket's thread (contact or staff, by the action given). */
export function TicketReplyForm({ action, ticketId }: { action: FormAction; ticketId: string }) {
  const t = useTranslations("tickets");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = useErrors(state);
  useEffect(() => {
    if (state.status === "success") {
      form.current?.reset();
      router.refresh();
    }
  }, [state, router]);
  return (
    <form ref={form} action={formAction} className="space-y-2">
      <input type="hidden" name="ticketId" value={ticketId} />
      <label htmlFor="reply-body" className="block text-sm font-medium">
        {t("reply")}
      </label>
      <textarea
        id="reply-body"
        name="body"
        rows={4}
        aria-invalid={Boolean(errors.of("body")) || undefined}
        aria-describedby="body-error"
        className={field}
      />
      <FieldError id="body-error" message={errors.of("body")} />
      <Button type="submit" disabled={pending}>
        {t("send")}
      </Button>
    </form>
  );
}

/** One button that runs an action with hidden fields (reopen, a status change). */
export function TicketButtonForm({
  action,
  fields,
  children,
  variant = "secondary",
}: {
  action: FormAction;
  fields: Record<string, string>;
  children: ReactNode;
  variant?: "primary" | "secondary";
}) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = useErrors(state);
  useEffect(() => {
    if (state.status === "success") router.refresh();
  }, [state, router]);
  return (
    <form action={formAction} className="inline-flex flex-col gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending}>
        {children}
      </Button>
      {errors.form && (
        <p role="alert" className="text-sm text-red-700">
          {errors.form}
        </p>
      )}
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
  action: FormAction;
  ticketId: string;
  staff: { id: string; name: string }[];
  values: { ownerUserId: string | null; severity: string | null; analysis: string | null; correctiveAction: string | null };
}) {
  const t = useTranslations("tickets");
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, idleState);
  useEffect(() => {
    if (state.status === "success") router.refresh();
  }, [state, router]);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="ticketId" value={ticketId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="ownerUserId" className="block text-sm font-medium">
            {t("fields.owner")}
          </label>
          <select id="ownerUserId" name="ownerUserId" defaultValue={values.ownerUserId ?? ""} className={field}>
            <option value="">{t("unassigned")}</option>
            {staff.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="severity" className="block text-sm font-medium">
            {t("fields.severity")}
          </label>
          <select id="severity" name="severity" defaultValue={values.severity ?? ""} className={field}>
            <option value="">—</option>
            {(["LOW", "MEDIUM", "HIGH"] as const).map((severity) => (
              <option key={severity} value={severity}>
                {t(`severity.${severity}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="space-y-1">
        <label htmlFor="analysis" className="block text-sm font-medium">
          {t("fields.analysis")}
        </label>
        <textarea id="analysis" name="analysis" rows={3} defaultValue={values.analysis ?? ""} className={field} />
      </div>
      <div className="space-y-1">
        <label htmlFor="correctiveAction" className="block text-sm font-medium">
          {t("fields.correctiveAction")}
        </label>
        <textarea id="correctiveAction" name="correctiveAction" rows={3} defaultValue={values.correctiveAction ?? ""} className={field} />
      </div>
      <Button type="submit" disabled={pending}>
        {t("saveHandling")}
      </Button>
      {state.status === "success" && (
        <p role="status" className="text-sm text-green-800">
          {t("saved")}
        </p>
      )}
    </form>
  );
}
