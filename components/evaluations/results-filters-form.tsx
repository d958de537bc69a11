import { getTranslations } from "next-intl/server";
import { EVALUATION_KINDS } from "@/lib/evaluations/questions";
import type { ResultsQuery } from "@/lib/evaluations/results-filters";

type Option = { id: string; label: string };

const select = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/** The results filters (a GET form): kind, action, module, trainer and company when given, and the period of the actions' end. */
export async function ResultsFiltersForm({
  query,
  actions,
  modules,
  trainers,
  companies,
}: {
  query: ResultsQuery;
  actions: Option[];
  modules: Option[];
  trainers?: Option[];
  companies?: Option[];
}) {
  const [t, tKind] = await Promise.all([getTranslations("evaluations.results"), getTranslations("evaluations.kind")]);
  const choice = (name: string, label: string, options: Option[], value: string | undefined) => (
    <div className="min-w-40 flex-1">
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={select}>
        <option value="">{t("all")}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded-xl bg-white p-4 shadow-sm">
      {choice(
        "type",
        t("kind"),
        EVALUATION_KINDS.map((kind) => ({ id: kind, label: tKind(kind) })),
        query.type,
      )}
      {choice("action", t("action"), actions, query.action)}
      {choice("module", t("module"), modules, query.module)}
      {trainers && choice("formateur", t("trainer"), trainers, query.formateur)}
      {companies && choice("entreprise", t("company"), companies, query.entreprise)}
      <div>
        <label htmlFor="filter-du" className="block text-sm font-medium">
          {t("from")}
        </label>
        <input id="filter-du" type="date" name="du" defaultValue={query.du} className={select} />
      </div>
      <div>
        <label htmlFor="filter-au" className="block text-sm font-medium">
          {t("to")}
        </label>
        <input id="filter-au" type="date" name="au" defaultValue={query.au} className={select} />
      </div>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold">
        {t("filter")}
      </button>
    </form>
  );
}
