import { getTranslations } from "next-intl/server";
import { TicketCreateForm } from "@/components/tickets/ticket-forms";
import { requireContact } from "@/lib/auth/require-contact";
import { db } from "@/lib/db";
import { createTicketAction } from "@/lib/tickets/ticket-actions";
import { companyActionWhere } from "@/lib/trainings/company-action-where";

export default async function NewTicketPage() {
  const context = await requireContact();
  const [actions, t] = await Promise.all([
    db.trainingAction.findMany({
      where: companyActionWhere(context),
      select: { id: true, number: true, title: true },
      orderBy: { startDate: "desc" },
      take: 100,
    }),
    getTranslations("tickets"),
  ]);
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
