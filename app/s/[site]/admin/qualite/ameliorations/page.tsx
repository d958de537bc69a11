import { z } from "zod";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { requireStaff } from "@/lib/auth/require-staff";
import { idFilter, pageQuery } from "@/lib/http/request-params";
import { getTicketPrefill } from "@/lib/improvements/get-ticket-prefill";
import { createImprovementAction, updateImprovementAction } from "@/lib/improvements/improvement-actions";
import { IMPROVEMENT_STATUSES } from "@/lib/improvements/improvement-workflow";
import { listImprovements } from "@/lib/improvements/manage-improvements";
import { listActiveStaff } from "@/lib/staff/list-active-staff";

const querySchema = z.object({ action: idFilter, envoi: idFilter, ticket: idFilter });

export async function generateMetadata() {
  return { title: (await getTranslations("improvements"))("title") };
}

// ?action=, ?envoi= (an answer) or ?ticket= prefill what a new improvement action comes from.
export default async function ImprovementsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff();
  const query = await pageQuery(searchParams, querySchema);
  const [improvements, staffUsers, ticket, t, format] = await Promise.all([
    listImprovements({ organizationId: staff.organizationId }),
    listActiveStaff({ staff }),
    // A ticket the new action answers: its subject starts the title (another organisation's: nothing).
    query.ticket ? getTicketPrefill({ staff, ticketId: query.ticket }) : null,
    getTranslations("improvements"),
    getFormatter(),
  ]);
  const owners = [
    { value: "", label: t("nobody") },
    ...staffUsers.map((user) => ({ value: user.id, label: `${user.firstName} ${user.lastName}` })),
  ];
  const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-slate-600">{t("intro")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <a
            href="/admin/qualite/ameliorations/export"
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold"
            download
          >
            {t("export")}
          </a>
          <a
            href="/admin/qualite/ameliorations/export?format=xlsx"
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold"
            download
          >
            {t("exportXlsx")}
          </a>
        </div>
      </div>
      <section className="rounded-xl bg-white p-5 shadow-sm" aria-labelledby="new-improvement">
        <h2 id="new-improvement" className="mb-3 font-semibold">
          {t("new")}
        </h2>
        <ActionForm
          action={createImprovementAction}
          testId="new-improvement"
          submitLabel={t("create")}
          fields={[
            { type: "hidden", name: "actionId", value: query.action ?? "" },
            { type: "hidden", name: "sendId", value: query.envoi ?? "" },
            { type: "hidden", name: "ticketId", value: query.ticket ?? "" },
            {
              type: "text",
              name: "title",
              label: t("fields.title"),
              required: true,
              maxLength: 200,
              defaultValue: ticket ? t("titleFromTicket", { number: ticket.number, subject: ticket.subject }).slice(0, 200) : undefined,
            },
            { type: "text", name: "description", label: t("fields.description"), required: true, maxLength: 5000 },
            { type: "select", name: "ownerUserId", label: t("fields.owner"), options: owners, defaultValue: staff.user.id },
            { type: "text", name: "dueDate", label: t("fields.dueDate"), maxLength: 10 },
          ]}
        />
      </section>
      {improvements.length === 0 ? (
        <p className="rounded-xl bg-white p-5 text-slate-600 shadow-sm">{t("empty")}</p>
      ) : (
        <ul className="space-y-3" data-testid="improvement-list">
          {improvements.map((improvement) => (
            <li key={improvement.id} className="rounded-xl bg-white p-5 shadow-sm">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{improvement.title}</span>{" "}
                  <span className="text-sm text-slate-600">
                    — {t(`status.${improvement.status}`)} · {t(`source.${improvement.source}`)}
                    {improvement.dueDate &&
                      ` · ${t("due", { date: format.dateTime(improvement.dueDate, { dateStyle: "medium", timeZone: "UTC" }) })}`}
                  </span>
                </summary>
                <div className="mt-3 space-y-3 text-sm">
                  <p className="whitespace-pre-line">{improvement.description}</p>
                  {improvement.action && <p>{t("linked", { label: `${improvement.action.number} — ${improvement.action.title}` })}</p>}
                  <ActionForm
                    action={updateImprovementAction}
                    testId={`improvement-${improvement.id}`}
                    submitLabel={t("update")}
                    fields={[
                      { type: "hidden", name: "improvementId", value: improvement.id },
                      {
                        type: "select",
                        name: "status",
                        label: t("fields.status"),
                        defaultValue: improvement.status,
                        options: IMPROVEMENT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
                      },
                      {
                        type: "select",
                        name: "ownerUserId",
                        label: t("fields.owner"),
                        options: owners,
                        defaultValue: improvement.ownerUserId ?? "",
                      },
                      { type: "text", name: "dueDate", label: t("fields.dueDate"), defaultValue: day(improvement.dueDate), maxLength: 10 },
                      { type: "text", name: "outcome", label: t("fields.outcome"), defaultValue: improvement.outcome, maxLength: 5000 },
                    ]}
                  />
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
