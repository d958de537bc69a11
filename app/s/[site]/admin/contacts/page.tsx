import Link from "next/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { AccessActions } from "@/components/admin/access-actions";
import { AccessStatusBadge } from "@/components/admin/access-status-badge";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/admin/search-form";
import { requireStaff } from "@/lib/auth/require-staff";
import { listContacts } from "@/lib/crm/list-contacts";
import { enumFilter, flagFilter, pageFilter, pageQuery, textFilter } from "@/lib/http/request-params";

const querySchema = z.object({ q: textFilter(100), page: pageFilter, extranet: enumFilter(["0"]), deleted: flagFilter });

export async function generateMetadata() {
  return { title: (await getTranslations("contacts"))("title") };
}

export default async function ContactsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff();
  const { q, page, extranet, deleted } = await pageQuery(searchParams, querySchema);
  const [contacts, t] = await Promise.all([listContacts({ staff, search: q, page }), getTranslations("contacts")]);
  const showExtranet = extranet !== "0";
  const toggle = new URLSearchParams({ ...(q && { q }), ...(showExtranet && { extranet: "0" }) });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/admin/contacts/nouveau" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
          {t("new")}
        </Link>
      </div>
      {deleted && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("deleted")}
        </p>
      )}
      <div className="flex flex-wrap items-end justify-between gap-4">
        <SearchForm label={t("search")} submit={t("searchSubmit")} defaultValue={q} hidden={{ extranet }} />
        <Link href={`/admin/contacts?${toggle}`} className="text-sm font-medium underline" aria-pressed={showExtranet}>
          {showExtranet ? t("hideExtranet") : t("showExtranet")}
        </Link>
      </div>
      {contacts.items.length === 0 ? (
        <p className="rounded-xl bg-white p-6 text-slate-700 shadow-sm">{q ? t("noResults", { q }) : t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("caption", { count: contacts.total })}</caption>
            <thead className="border-b border-slate-200 bg-slate-50">
              <tr>
                <th scope="col" className="px-4 py-2">
                  {t("name")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("company")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("email")}
                </th>
                {showExtranet && (
                  <th scope="col" className="px-4 py-2">
                    {t("extranet")}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {contacts.items.map((contact) => (
                <tr key={contact.id} className="border-b border-slate-100 align-top" data-testid="contact-row">
                  <td className="px-4 py-2">
                    <Link href={`/admin/contacts/${contact.id}`} className="font-medium underline-offset-2 hover:underline">
                      {contact.name}
                    </Link>
                    {contact.jobTitle && <span className="block text-xs text-slate-600">{contact.jobTitle}</span>}
                  </td>
                  <td className="px-4 py-2">
                    <Link href={`/admin/entreprises/${contact.company.id}`} className="hover:underline">
                      {contact.company.name}
                    </Link>
                  </td>
                  <td className="px-4 py-2">{contact.email ?? "—"}</td>
                  {showExtranet && (
                    <td className="space-y-1 px-4 py-2">
                      <AccessStatusBadge status={contact.accessStatus} />
                      <AccessActions
                        contactId={contact.id}
                        name={contact.name}
                        status={contact.accessStatus}
                        hasEmail={Boolean(contact.email)}
                        isIndividual={contact.company.isIndividual}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination path="/admin/contacts" page={contacts.page} pageCount={contacts.pageCount} params={{ q, extranet }} />
    </div>
  );
}
