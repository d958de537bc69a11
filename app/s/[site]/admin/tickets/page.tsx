import Link from "next/link";
import { z } from "zod";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/require-staff";
import { directionFilter, enumFilter, flagFilter, pageFilter, pageQuery, sortFilter, textFilter } from "@/lib/http/request-params";
import { TICKETS_PAGE_SIZE, TICKET_SORTS, countTickets, listTickets } from "@/lib/tickets/list-tickets";
import { Badge } from "@/components/ui/badge";
import { TextField } from "@/components/ui/field";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { TICKET_CATEGORIES, TICKET_STATUSES } from "@/lib/tickets/ticket-workflow";

const querySchema = z.object({
  statut: enumFilter(TICKET_STATUSES),
  categorie: enumFilter(TICKET_CATEGORIES),
  societe: textFilter(100),
  retard: flagFilter,
  page: pageFilter,
  tri: sortFilter(TICKET_SORTS, "receivedAt"),
  ordre: directionFilter,
});

export default async function AdminTicketsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff();
  const query = await pageQuery(searchParams, querySchema);
  const { statut: status, categorie: category, page, tri } = query;
  const ordre = query.ordre ?? (tri === "receivedAt" || tri === "number" ? "desc" : "asc");
  const ticketQuery = {
    scope: { organizationId: staff.organizationId },
    filters: { status, category, companyName: query.societe, overdue: query.retard },
  };
  const [tickets, total, t, format] = await Promise.all([
    listTickets({ ...ticketQuery, page, sort: tri, direction: ordre }),
    countTickets(ticketQuery),
    getTranslations("tickets"),
    getFormatter(),
  ]);
  const filterParams = { statut: status, categorie: category, societe: query.societe, retard: query.retard ? "1" : undefined };
  const select = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("adminTitle")}</h1>
        <a href="/admin/tickets/export" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold" download>
          {t("exportComplaints")}
        </a>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="statut" className="block text-sm font-medium">
            {t("fields.status")}
          </label>
          <select id="statut" name="statut" defaultValue={status ?? ""} className={select}>
            <option value="">{t("all")}</option>
            {TICKET_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`status.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="categorie" className="block text-sm font-medium">
            {t("fields.category")}
          </label>
          <select id="categorie" name="categorie" defaultValue={category ?? ""} className={select}>
            <option value="">{t("all")}</option>
            {TICKET_CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {t(`category.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          name="societe"
          type="search"
          label={t("fields.company")}
          defaultValue={query.societe}
          placeholder={t("companySearch")}
          className="text-sm"
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="retard" value="1" defaultChecked={query.retard} />
          {t("overdueOnly")}
        </label>
        <input type="hidden" name="tri" value={tri} />
        <input type="hidden" name="ordre" value={ordre} />
        <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
          {t("filter")}
        </button>
      </form>
      <DataTable
        caption={t("adminTitle")}
        rows={tickets}
        rowKey={(ticket) => ticket.id}
        empty={t("emptyAdmin")}
        sort={{ key: tri, direction: ordre, path: "/admin/tickets", params: filterParams }}
        columns={[
          { key: "number", header: "n°", sortKey: "number", cell: (ticket) => ticket.number },
          {
            key: "subject",
            header: t("fields.subject"),
            cell: (ticket) => (
              <Link href={`/admin/tickets/${ticket.id}`} className="font-medium underline">
                {ticket.subject}
              </Link>
            ),
          },
          { key: "company", header: t("fields.company"), sortKey: "company", cell: (ticket) => ticket.companyName },
          { key: "category", header: t("fields.category"), cell: (ticket) => t(`category.${ticket.category}`) },
          {
            key: "status",
            header: t("fields.status"),
            sortKey: "status",
            cell: (ticket) => (
              <span className="flex flex-wrap items-center gap-2">
                {t(`status.${ticket.status}`)}
                {ticket.overdue && <Badge tone="danger">{t("overdue")}</Badge>}
              </span>
            ),
          },
          {
            key: "receivedAt",
            header: t("fields.receivedAt"),
            sortKey: "receivedAt",
            className: "whitespace-nowrap",
            cell: (ticket) => format.dateTime(ticket.receivedAt, { dateStyle: "short", timeZone: "Europe/Paris" }),
          },
        ]}
      />
      <Pagination
        path="/admin/tickets"
        page={page}
        pageCount={Math.ceil(total / TICKETS_PAGE_SIZE)}
        params={{ ...filterParams, tri, ordre }}
      />
    </div>
  );
}
