import Link from "next/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { SatisfactionRate } from "@/components/catalogue/satisfaction-rate";
import { SessionList } from "@/components/catalogue/session-list";
import { getCatalogueViewer } from "@/lib/catalogue/get-catalogue-viewer";
import {
  CATALOGUE_FRESHNESS_SECONDS,
  LIST_SESSIONS_PER_MODULE,
  browseCatalogue,
  listCatalogueFacets,
} from "@/lib/catalogue/list-catalogue";
import { loadModuleSatisfaction } from "@/lib/catalogue/module-satisfaction";
import { formatMoney } from "@/lib/format/format";
import { pageQuery, textFilter } from "@/lib/http/request-params";
import { Card } from "@/components/ui/card";

export async function generateMetadata() {
  const t = await getTranslations("catalogue");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const querySchema = z.object({ q: textFilter(100), category: textFilter(100), city: textFilter(100) });

export default async function CataloguePage({ searchParams }: { searchParams: SearchParams }) {
  const [viewer, t, query] = await Promise.all([getCatalogueViewer(), getTranslations("catalogue"), pageQuery(searchParams, querySchema)]);
  const filters = { q: query.q || undefined, category: query.category || undefined, city: query.city || undefined };
  const [modules, facets, satisfaction] = await Promise.all([
    browseCatalogue({
      organizationId: viewer.organizationId,
      companyId: viewer.contact?.company.id ?? null,
      filters,
      sessionsPerModule: LIST_SESSIONS_PER_MODULE,
    }),
    listCatalogueFacets({ organizationId: viewer.organizationId }),
    loadModuleSatisfaction(viewer.organizationId),
  ]);
  const categories = [...new Set(modules.map((module) => module.category))];
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("seatsFreshness", { seconds: CATALOGUE_FRESHNESS_SECONDS })}</p>
      </div>
      <Card as="form" padding="sm" className="grid gap-3 sm:grid-cols-4 sm:items-end" role="search">
        <div className="space-y-1 sm:col-span-2">
          <label htmlFor="q" className="block text-sm font-medium">
            {t("search")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={filters.q}
            placeholder={t("searchPlaceholder")}
            className="block w-full rounded-md border border-slate-300 px-3 py-2"
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="category" className="block text-sm font-medium">
            {t("category")}
          </label>
          <select
            id="category"
            name="category"
            defaultValue={filters.category ?? ""}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
          >
            <option value="">{t("allCategories")}</option>
            {facets.categories.map((category) => (
              <option key={category}>{category}</option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="city" className="block text-sm font-medium">
            {t("city")}
          </label>
          <select
            id="city"
            name="city"
            defaultValue={filters.city ?? ""}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
          >
            <option value="">{t("allCities")}</option>
            {facets.cities.map((city) => (
              <option key={city}>{city}</option>
            ))}
          </select>
        </div>
        <button className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast sm:col-start-4">{t("filter")}</button>
      </Card>
      {modules.length === 0 && (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">{t("empty")}</p>
      )}
      {categories.map((category) => (
        <section key={category} aria-labelledby={`cat-${category}`} className="space-y-3">
          <h2 id={`cat-${category}`} className="text-lg font-semibold">
            {category}
          </h2>
          <ul className="grid gap-4 lg:grid-cols-2">
            {modules
              .filter((module) => module.category === category)
              .map((module) => (
                <Card as="li" className="space-y-3" key={module.id} data-testid="catalogue-module">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <h3 className="font-semibold">
                      <Link href={`/catalogue/${module.id}`} className="hover:underline">
                        {module.title}
                      </Link>
                    </h3>
                    <p className="text-sm font-semibold" data-testid="module-price">
                      {formatMoney(module.priceCents, "fr", { plainSpaces: true })}{" "}
                      <span className="font-normal text-slate-600">{t("exclTax")}</span>
                      {module.companyPrice && (
                        <span className="ml-2 rounded bg-emerald-100 px-2 py-0.5 text-xs text-emerald-900">{t("companyPrice")}</span>
                      )}
                    </p>
                  </div>
                  <p className="text-sm text-slate-700">{module.summary}</p>
                  <SatisfactionRate satisfaction={satisfaction.get(module.id)} />
                  <p className="text-xs text-slate-600">
                    {t("duration", { hours: module.durationHours })} · {module.code}
                  </p>
                  <SessionList sessions={module.sessions} asContact={Boolean(viewer.contact)} />
                  {module.upcomingSessionCount > module.sessions.length && (
                    <p className="text-sm text-slate-600">
                      {t("moreSessions", { count: module.upcomingSessionCount - module.sessions.length })}
                    </p>
                  )}
                  <Link
                    href={`/catalogue/${module.id}`}
                    className="inline-block text-sm font-semibold text-slate-800 underline underline-offset-4"
                  >
                    {viewer.contact ? t("detailsAndIntra") : t("detailsAndRequest")}
                  </Link>
                </Card>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
