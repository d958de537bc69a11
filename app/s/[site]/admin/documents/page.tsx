import Link from "next/link";
import { z } from "zod";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { documentStatusTone } from "@/components/ui/status-tones";
import { requireStaff } from "@/lib/auth/require-staff";
import { DOCUMENT_STATUSES } from "@/lib/documents/document-status";
import { DOCUMENTS_PAGE_SIZE } from "@/lib/documents/list-company-documents";
import { DOCUMENT_SORTS, countOrganizationDocuments, listOrganizationDocuments } from "@/lib/documents/list-organization-documents";
import { directionFilter, enumFilter, pageFilter, pageQuery, sortFilter, textFilter } from "@/lib/http/request-params";
import { DataTable } from "@/components/ui/data-table";
import { TextField } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";

const querySchema = z.object({
  societe: textFilter(100),
  statut: enumFilter(DOCUMENT_STATUSES),
  page: pageFilter,
  tri: sortFilter(DOCUMENT_SORTS, "createdAt"),
  ordre: directionFilter,
});

export async function generateMetadata() {
  return { title: (await getTranslations("documents.admin"))("title") };
}

export default async function AdminDocumentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaff();
  const { societe: companyName, statut: status, page, tri, ordre: requested } = await pageQuery(searchParams, querySchema);
  const ordre = requested ?? (tri === "createdAt" || tri === "sentAt" ? "desc" : "asc");
  const [documents, total, t, format] = await Promise.all([
    listOrganizationDocuments({ staff, companyName, status, page, sort: tri, direction: ordre }),
    countOrganizationDocuments({ staff, companyName, status }),
    getTranslations("documents"),
    getFormatter(),
  ]);

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("admin.title")}</h1>
          <p className="mt-1 max-w-2xl text-slate-700">{t("admin.intro")}</p>
        </div>
        <Link href="/admin/documents/nouveau" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
          {t("admin.new")}
        </Link>
      </header>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 shadow-sm" aria-label={t("filters.legend")}>
        <TextField
          name="societe"
          type="search"
          label={t("columns.company")}
          defaultValue={companyName}
          placeholder={t("admin.companySearch")}
          className="text-sm"
        />
        <div>
          <label htmlFor="statut" className="block text-sm font-medium">
            {t("filters.status")}
          </label>
          <select
            id="statut"
            name="statut"
            defaultValue={status ?? ""}
            className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2"
          >
            <option value="">{t("filters.all")}</option>
            {DOCUMENT_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`status.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <input type="hidden" name="tri" value={tri} />
        <input type="hidden" name="ordre" value={ordre} />
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold">
          {t("filters.apply")}
        </button>
      </form>
      <DataTable
        caption={t("admin.title")}
        rows={documents}
        rowKey={(document) => document.id}
        empty={t("admin.empty")}
        sort={{ key: tri, direction: ordre, path: "/admin/documents", params: { societe: companyName, statut: status } }}
        columns={[
          {
            key: "title",
            header: t("columns.title"),
            sortKey: "title",
            cell: (document) => (
              <Link href={`/admin/documents/${document.id}`} className="font-medium underline-offset-2 hover:underline">
                {document.title}
              </Link>
            ),
          },
          { key: "company", header: t("columns.company"), sortKey: "company", cell: (document) => document.company.name },
          { key: "action", header: t("columns.action"), cell: (document) => document.action?.number ?? "—" },
          {
            key: "status",
            header: t("columns.status"),
            cell: (document) => (
              <Badge tone={documentStatusTone[document.status]} data-status={document.status}>
                {t(`status.${document.status}`)}
              </Badge>
            ),
          },
          {
            key: "sentAt",
            header: t("columns.sentAt"),
            sortKey: "sentAt",
            cell: (document) => (document.sentAt ? format.dateTime(document.sentAt, { dateStyle: "medium" }) : t("notSent")),
          },
          {
            key: "createdAt",
            header: t("columns.createdAt"),
            sortKey: "createdAt",
            className: "whitespace-nowrap",
            cell: (document) => format.dateTime(document.createdAt, { dateStyle: "medium" }),
          },
        ]}
      />
      <Pagination
        path="/admin/documents"
        page={page}
        pageCount={Math.ceil(total / DOCUMENTS_PAGE_SIZE)}
        params={{ societe: companyName, statut: status, tri, ordre }}
      />
    </div>
  );
}
