import { getFormatter, getTranslations } from "next-intl/server";
import type { TicketDto } from "@/lib/tickets/get-ticket";
import { Card } from "@/components/ui/card";

/** The ticket's facts (Qualiopi indicator 31 fields for a complaint) and its conversation thread. */
export async function TicketView({ ticket, downloadPath }: { ticket: TicketDto; downloadPath: (fileId: string) => string }) {
  const [t, format] = await Promise.all([getTranslations("tickets"), getFormatter()]);
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" }) : "—";
  const facts: [string, string][] = [
    [t("fields.category"), t(`category.${ticket.category}`)],
    [t("fields.status"), t(`status.${ticket.status}`)],
    [t("fields.company"), ticket.companyName],
    [t("fields.author"), ticket.authorName],
    [t("fields.receivedAt"), when(ticket.receivedAt)],
    [t("fields.action"), ticket.action ? `${ticket.action.number} · ${ticket.action.title}` : "—"],
    [t("fields.owner"), ticket.ownerName ?? t("unassigned")],
    [t("fields.acknowledgedAt"), when(ticket.acknowledgedAt)],
  ];
  if (ticket.category === "RECLAMATION") {
    facts.push(
      [t("fields.severity"), ticket.severity ? t(`severity.${ticket.severity}`) : "—"],
      [t("fields.analysis"), ticket.analysis ?? "—"],
      [t("fields.correctiveAction"), ticket.correctiveAction ?? "—"],
    );
  }
  facts.push([t("fields.resolvedAt"), when(ticket.resolvedAt)], [t("fields.closedAt"), when(ticket.closedAt)]);

  return (
    <div className="space-y-6">
      <Card as="dl" className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">{label}</dt>
            <dd className="whitespace-pre-line" data-testid={`fact-${label}`}>
              {value}
            </dd>
          </div>
        ))}
      </Card>
      <section aria-labelledby="thread-title">
        <h2 id="thread-title" className="mb-2 text-lg font-semibold">
          {t("thread")}
        </h2>
        <ol className="space-y-3">
          {ticket.messages.map((message) => (
            <li
              key={message.id}
              data-testid="ticket-message"
              className={`rounded-xl p-4 shadow-sm ${message.fromStaff ? "bg-slate-50 sm:ml-8" : "bg-white sm:mr-8"}`}
            >
              <p className="text-sm text-slate-600">
                <span className="font-semibold text-slate-900">{message.authorName}</span> (
                {message.fromStaff ? t("fromStaff") : t("fromCompany")}) · {when(message.createdAt)}
              </p>
              {message.body && <p className="mt-1 whitespace-pre-line">{message.body}</p>}
              {message.attachments.length > 0 && (
                <ul className="mt-2 text-sm">
                  {message.attachments.map((file) => (
                    <li key={file.id}>
                      📎{" "}
                      <a className="text-brand underline" href={downloadPath(file.id)} download>
                        {file.name}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
