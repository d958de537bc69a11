import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResultsFiltersForm } from "@/components/evaluations/results-filters-form";
import { ResultsView } from "@/components/evaluations/results-view";
import { requireContact } from "@/lib/auth/require-contact";
import { listCompanyEvaluatedActions } from "@/lib/evaluations/list-evaluated-actions";
import { loadResults } from "@/lib/evaluations/load-results";
import { resultsQuery } from "@/lib/evaluations/results-filters";
import { pageQuery } from "@/lib/http/request-params";

export async function generateMetadata() {
  return { title: (await getTranslations("evaluations.extranet"))("results") };
}

// The company's view: aggregated figures of the actions its seats attended; free texts of its own answers only.
export default async function CompanyEvaluationResultsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const context = await requireContact();
  const { entreprise: _ignored, ...query } = await pageQuery(searchParams, resultsQuery);
  const [results, actions, t] = await Promise.all([
    loadResults({ organizationId: context.organizationId, query, viewerCompanyId: context.company.id }),
    listCompanyEvaluatedActions({ context }),
    getTranslations("evaluations"),
  ]);
  return (
    <div className="space-y-4">
      <Link href="/evaluations" className="text-sm underline">
        ← {t("extranet.back")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t("extranet.results")}</h1>
        <p className="text-slate-600">{t("results.companyIntro")}</p>
      </div>
      <ResultsFiltersForm
        query={query}
        actions={actions.map((action) => ({ id: action.id, label: `${action.number} — ${action.title}` }))}
        modules={[]}
      />
      <ResultsView results={results} />
    </div>
  );
}
