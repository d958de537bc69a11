import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireContact } from "@/lib/auth/require-contact";
import { viewedCompanies, viewedCompaniesScope } from "@/lib/tenancy/viewed-companies";
import { z } from "zod";
import { flagFilter, pageFilter, pageQuery } from "@/lib/http/request-params";
import { TICKETS_PAGE_SIZE, countTickets, listTickets } from "@/lib/tickets/list-tickets";
import { ticketIdsAwaitingCompany } from "@/lib/tickets/ticket-awaits-company";
import { Pagination } from "@/components/ui/pagination";

export default async function QualityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const context = await requireContact();
  const { page, attente } = await pageQuery(searchParams, z.object({ page: pageFilter, attente: flagFilter }));
  const view = viewedCompanies(context);
  const scope = viewedCompaniesScope(view);
  const filters = attente ? { ticketIds: await ticketIdsAwaitingCompany(view) } : {};
  const [tickets, total, t, format] = await Promise.all([
    listTickets({ scope, filters, page }),
    countTickets({ scope, filters }),
    getTranslations("tickets"),
    getFormatter(),
  ]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/qualite/nouveau" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
          {t("new")}
        </Link>
      </div>
      <p className="text-slate-700">{t("intro")}</p>
      <nav aria-label={t("filterLabel")} className="flex flex-wrap gap-2 text-sm">
        {[false, true].map((awaiting) => (
          <Link
            key={String(awaiting)}
            href={awaiting ? "/qualite?attente=1" : "/qualite"}
            aria-current={awaiting === attente ? "page" : undefined}
            className={`rounded-md border px-3 py-1 ${awaiting === attente ? "border-brand bg-brand text-brand-contrast" : "border-slate-300 bg-white hover:border-brand"}`}
          >
            {t(awaiting ? "filterAwaiting" : "filterAll")}
          </Link>
        ))}
      </nav>
      {tickets.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="space-y-2">
          {tickets.map((ticket) => (
            <li key={ticket.id}>
              <Link
                href={`/qualite/${ticket.id}`}
                className="block rounded-lg border border-slate-200 bg-white px-4 py-3 hover:border-brand"
              >
                <span className="font-medium">
                  n° {ticket.number} · {ticket.subject}
                </span>
                <span className="block text-sm text-slate-600">
                  {context.groupView && `${ticket.companyName} · `}
                  {t(`category.${ticket.category}`)} · {t(`status.${ticket.status}`)} ·{" "}
                  {format.dateTime(ticket.receivedAt, { dateStyle: "short", timeZone: "Europe/Paris" })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={Math.ceil(total / TICKETS_PAGE_SIZE)} params={attente ? { attente: "1" } : {}} path="/qualite" />
    </div>
  );
}
