import Link from "next/link";
import { z } from "zod";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { documentStatusTone } from "@/components/ui/status-tones";
import { CompanyFilter } from "@/components/group/company-filter";
import { requireContact } from "@/lib/auth/require-contact";
import { companyNameOf } from "@/lib/tenancy/viewed-companies";
import { DOCUMENT_STATUSES } from "@/lib/documents/document-status";
import { listCompanyDocuments } from "@/lib/documents/list-company-documents";
import { Pagination } from "@/components/ui/pagination";
import { enumFilter, idFilter, pageFilter, pageQuery } from "@/lib/http/request-params";

export async function generateMetadata() {
  return { title: (await getTranslations("documents"))("title") };
}

const querySchema = z.object({ statut: enumFilter(DOCUMENT_STATUSES), action: idFilter, entreprise: idFilter, page: pageFilter });

export default async function DocumentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const context = await requireContact();
  const { statut: status, action: actionId, entreprise, page: requestedPage } = await pageQuery(searchParams, querySchema);
  const [{ documents, actions, page, pageCount }, t, format] = await Promise.all([
    listCompanyDocuments({ context, status, actionId, companyId: entreprise, page: requestedPage }),
    getTranslations("documents"),
    getFormatter(),
  ]);

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">
          {t("intro", { company: context.groupView ? context.companies.map((company) => company.name).join(", ") : context.company.name })}
        </p>
      </header>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 shadow-sm" aria-label={t("filters.legend")}>
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
        <div>
          <label htmlFor="action" className="block text-sm font-medium">
            {t("filters.action")}
          </label>
          <select
            id="action"
            name="action"
            defaultValue={actionId ?? ""}
            className="mt-1 max-w-xs rounded-md border border-slate-300 bg-white px-3 py-2"
          >
            <option value="">{t("filters.allActions")}</option>
            {actions.map((action) => (
              <option key={action.id} value={action.id}>{`${action.number} — ${action.title}`}</option>
            ))}
          </select>
        </div>
        <CompanyFilter
          context={context}
          selected={entreprise}
          className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2"
        />
        <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
          {t("filters.apply")}
        </button>
      </form>
      {documents.length === 0 ? (
        <p className="rounded-lg bg-white p-6 text-slate-700 shadow-sm">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg bg-white shadow-sm" data-testid="document-list">
          {documents.map((document) => (
            <li key={document.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
              <div className="min-w-0 flex-1">
                <Link href={`/documents/${document.id}`} className="font-medium text-slate-900 underline-offset-2 hover:underline">
                  {document.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {context.groupView && `${companyNameOf(context, document.companyId)} · `}
                  {t(`kinds.${document.kind}`)}
                  {document.action && ` · ${document.action.number}`}
                  {document.sentAt && ` · ${format.dateTime(document.sentAt, { dateStyle: "medium" })}`}
                </p>
                {document.toSignByMe && <p className="text-sm font-semibold text-amber-800">{t("toSignByMe")}</p>}
              </div>
              <Badge tone={documentStatusTone[document.status]} data-status={document.status}>
                {t(`status.${document.status}`)}
              </Badge>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        params={Object.fromEntries(
          Object.entries({ statut: status, action: actionId, entreprise }).filter((entry): entry is [string, string] => Boolean(entry[1])),
        )}
        path="/documents"
      />
    </div>
  );
}
