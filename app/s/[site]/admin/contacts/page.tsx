import Link from "next/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { AccessActions } from "@/components/admin/access-actions";
import { AccessStatusBadge } from "@/components/admin/access-status-badge";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/admin/search-form";
import { requireStaff } from "@/lib/auth/require-staff";
import { CONTACT_ACCESS_FILTERS, CONTACT_SORTS, listContacts } from "@/lib/crm/list-contacts";
import { ActiveFilter } from "@/components/admin/active-filter";
import { directionFilter, enumFilter, flagFilter, pageFilter, pageQuery, sortFilter, textFilter } from "@/lib/http/request-params";

const querySchema = z.object({
  q: textFilter(100),
  page: pageFilter,
  extranet: enumFilter(["0"]),
  deleted: flagFilter,
  acces: enumFilter(CONTACT_ACCESS_FILTERS),
  tri: sortFilter(CONTACT_SORTS, "name"),
  ordre: directionFilter,
});

export async function generateMetadata() {
  return { title: (await getTranslations("contacts"))("title") };
}

export default async function ContactsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff();
  const { q, page, extranet, deleted, acces: access, tri, ordre = "asc" } = await pageQuery(searchParams, querySchema);
  const [contacts, t, ta] = await Promise.all([
    listContacts({ staff, search: q, page, access, sort: tri, direction: ordre }),
    getTranslations("contacts"),
    getTranslations("admin.workQueue"),
  ]);
  const showExtranet = extranet !== "0";
  const toggle = new URLSearchParams({ ...(q && { q }), ...(showExtranet && { extranet: "0" }) });
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        actions={
          <Link href="/admin/contacts/nouveau" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
            {t("new")}
          </Link>
        }
      />
      {deleted && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("deleted")}
        </p>
      )}
      {access && <ActiveFilter label={ta("staleInvitations.filter")} clearHref="/admin/contacts" />}
      <div className="flex flex-wrap items-end justify-between gap-4">
        <SearchForm label={t("search")} submit={t("searchSubmit")} defaultValue={q} hidden={{ extranet, tri, ordre }} />
        <Link href={`/admin/contacts?${toggle}`} className="text-sm font-medium underline">
          {showExtranet ? t("hideExtranet") : t("showExtranet")}
        </Link>
      </div>
      <DataTable
        caption={t("caption", { count: contacts.total })}
        rows={contacts.items}
        rowKey={(contact) => contact.id}
        rowTestId="contact-row"
        sort={{ key: tri, direction: ordre, path: "/admin/contacts", params: { q, extranet, acces: access } }}
        empty={q ? t("noResults", { q }) : t("empty")}
        columns={[
          {
            key: "name",
            header: t("name"),
            sortKey: "name",
            cell: (contact) => (
              <span>
                <Link href={`/admin/contacts/${contact.id}`} className="font-medium underline-offset-2 hover:underline">
                  {contact.name}
                </Link>
                {contact.jobTitle && <span className="block text-xs text-slate-600">{contact.jobTitle}</span>}
              </span>
            ),
          },
          {
            key: "company",
            header: t("company"),
            sortKey: "company",
            cell: (contact) => (
              <Link href={`/admin/entreprises/${contact.company.id}`} className="hover:underline">
                {contact.company.name}
              </Link>
            ),
          },
          { key: "email", header: t("email"), sortKey: "email", className: "break-all", cell: (contact) => contact.email ?? "—" },
          ...(showExtranet
            ? [
                {
                  key: "extranet",
                  header: t("extranet"),
                  cell: (contact: (typeof contacts.items)[number]) => (
                    <span className="flex flex-col items-start gap-1">
                      <AccessStatusBadge status={contact.accessStatus} />
                      <AccessActions
                        contactId={contact.id}
                        name={contact.name}
                        status={contact.accessStatus}
                        hasEmail={Boolean(contact.email)}
                        isIndividual={contact.company.isIndividual}
                      />
                    </span>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Pagination
        path="/admin/contacts"
        page={contacts.page}
        pageCount={contacts.pageCount}
        params={{ q, extranet, acces: access, tri, ordre }}
      />
    </div>
  );
}
