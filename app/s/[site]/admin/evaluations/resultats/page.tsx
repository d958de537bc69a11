import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResultsFiltersForm } from "@/components/evaluations/results-filters-form";
import { ResultsView } from "@/components/evaluations/results-view";
import { requireStaff } from "@/lib/auth/require-staff";
import { listEvaluatedActions } from "@/lib/evaluations/list-evaluated-actions";
import { listEvaluatedCompanies } from "@/lib/evaluations/list-evaluated-companies";
import { listTrainerChoices } from "@/lib/evaluations/list-trainer-choices";
import { loadResults } from "@/lib/evaluations/load-results";
import { resultsQuery } from "@/lib/evaluations/results-filters";
import { pageQuery } from "@/lib/http/request-params";
import { listModuleChoices } from "@/lib/modules/list-module-choices";

export async function generateMetadata() {
  return { title: (await getTranslations("evaluations.results"))("title") };
}

export default async function AdminEvaluationResultsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaff();
  const query = await pageQuery(searchParams, resultsQuery);
  const [results, actions, modules, trainers, companies, t, tImprovements] = await Promise.all([
    loadResults({ organizationId: staff.organizationId, query }),
    listEvaluatedActions({ staff }),
    listModuleChoices({ staff }),
    listTrainerChoices({ staff }),
    listEvaluatedCompanies({ staff }),
    getTranslations("evaluations"),
    getTranslations("improvements"),
  ]);
  const exportQuery = new URLSearchParams(
    Object.entries(query).flatMap(([key, value]) => (value ? [[key, String(value)]] : [])),
  ).toString();
  return (
    <div className="space-y-4">
      <Link href="/admin/evaluations" className="text-sm underline">
        ← {t("back")}
      </Link>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("results.title")}</h1>
        {query.action && (
          <>
            <Link href={`/admin/qualite/ameliorations?action=${query.action}`} className="text-sm font-semibold underline">
              {tImprovements("fromResults")}
            </Link>
            <a
              href={`/admin/formations/${query.action}/dossier-audit${query.entreprise ? `?entreprise=${query.entreprise}` : ""}`}
              className="text-sm font-semibold underline"
              download
            >
              {t("results.auditPack")}
            </a>
          </>
        )}
        <div className="flex flex-wrap gap-2">
          <a
            href={`/admin/evaluations/resultats/export${exportQuery ? `?${exportQuery}` : ""}`}
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold"
            download
          >
            {t("results.export")}
          </a>
          <a
            href={`/admin/evaluations/resultats/export?${new URLSearchParams([...new URLSearchParams(exportQuery), ["format", "xlsx"]])}`}
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold"
            download
          >
            {t("results.exportXlsx")}
          </a>
        </div>
      </div>
      <ResultsFiltersForm
        query={query}
        actions={actions.map((action) => ({ id: action.id, label: `${action.number} — ${action.title}` }))}
        modules={modules.map((module) => ({ id: module.id, label: module.title }))}
        trainers={trainers.map((trainer) => ({ id: trainer.id, label: `${trainer.firstName} ${trainer.lastName}` }))}
        companies={companies.map((company) => ({ id: company.id, label: company.name }))}
      />
      <ResultsView results={results} />
    </div>
  );
}
