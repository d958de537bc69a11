import { getTranslations } from "next-intl/server";
import { TicketCreateForm } from "@/components/tickets/ticket-forms";
import { requireContact } from "@/lib/auth/require-contact";
import { createTicketAction } from "@/lib/tickets/ticket-actions";
import { listTicketActionChoices } from "@/lib/tickets/list-ticket-action-choices";

export default async function NewTicketPage() {
  const context = await requireContact();
  const [actions, t] = await Promise.all([listTicketActionChoices({ context }), getTranslations("tickets")]);
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("new")}</h1>
      <TicketCreateForm
        action={createTicketAction as never}
        actions={actions.map((action) => ({ id: action.id, label: `${action.number} · ${action.title}` }))}
      />
    </div>
  );
}
