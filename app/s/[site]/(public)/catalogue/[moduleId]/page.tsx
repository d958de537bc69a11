import { notFound } from "next/navigation";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { EnrolmentRequestForm } from "@/components/catalogue/enrolment-request-form";
import { IntraRequestForm } from "@/components/catalogue/intra-request-form";
import { SatisfactionRate } from "@/components/catalogue/satisfaction-rate";
import { SessionList } from "@/components/catalogue/session-list";
import { getCatalogueViewer } from "@/lib/catalogue/get-catalogue-viewer";
import { CATALOGUE_FRESHNESS_SECONDS, browseCatalogue } from "@/lib/catalogue/list-catalogue";
import { loadModuleSatisfaction } from "@/lib/catalogue/module-satisfaction";
import { formatDateSpan, formatMoney } from "@/lib/format/format";
import { idParam, pageParams } from "@/lib/http/request-params";
import { Card } from "@/components/ui/card";

export default async function CatalogueModulePage({ params }: { params: Promise<{ moduleId: string }> }) {
  const [viewer, t, { moduleId }] = await Promise.all([
    getCatalogueViewer(),
    getTranslations(),
    pageParams(params, z.object({ moduleId: idParam })),
  ]);
  const [[module], satisfaction] = await Promise.all([
    browseCatalogue({
      organizationId: viewer.organizationId,
      companyId: viewer.contact?.company.id ?? null,
      moduleId: moduleId.slice(0, 40),
    }),
    loadModuleSatisfaction(viewer.organizationId),
  ]);
  if (!module) notFound();
  const lines = (text: string | null) =>
    text
      ? text
          .split("\n")
          .map((line) => line.replace(/^(-|\d+\.)\s*/, "").trim())
          .filter(Boolean)
      : [];
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-slate-600">
          {module.category} · {module.code}
        </p>
        <h1 className="text-2xl font-semibold">{module.title}</h1>
        <p className="text-slate-700">{module.summary}</p>
        <p className="font-semibold" data-testid="module-price">
          {formatMoney(module.priceCents, "fr", { plainSpaces: true })} {t("catalogue.exclTax")} ·{" "}
          {t("catalogue.duration", { hours: module.durationHours })}
          {module.companyPrice && (
            <span className="ml-2 rounded bg-emerald-100 px-2 py-0.5 text-xs text-emerald-900">{t("catalogue.companyPrice")}</span>
          )}
        </p>
        <SatisfactionRate satisfaction={satisfaction.get(module.id)} />
      </header>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card as="section">
          <h2 className="mb-2 font-semibold">{t("catalogue.objectives")}</h2>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {lines(module.objectives).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Card>
        <Card as="section">
          <h2 className="mb-2 font-semibold">{t("catalogue.prerequisites")}</h2>
          <p className="text-sm">{module.prerequisites ?? "—"}</p>
          {module.programme && (
            <>
              <h2 className="mt-4 mb-2 font-semibold">{t("catalogue.programme")}</h2>
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {lines(module.programme).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
        </Card>
      </div>
      <section aria-labelledby="sessions-title" className="space-y-3">
        <h2 id="sessions-title" className="text-lg font-semibold">
          {t("catalogue.sessions")}
        </h2>
        <p className="text-sm text-slate-600">{t("catalogue.seatsFreshness", { seconds: CATALOGUE_FRESHNESS_SECONDS })}</p>
        <SessionList sessions={module.sessions} asContact={Boolean(viewer.contact)} />
        {module.upcomingSessionCount > module.sessions.length && (
          <p className="text-sm text-slate-600">
            {t("catalogue.laterSessions", { count: module.upcomingSessionCount - module.sessions.length })}
          </p>
        )}
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        {!viewer.contact && module.sessions.length > 0 && (
          <Card as="section" aria-labelledby="request-title">
            <h2 id="request-title" className="mb-3 text-lg font-semibold">
              {t("catalogue.request.title")}
            </h2>
            <EnrolmentRequestForm
              sessions={module.sessions.map((session) => ({
                id: session.id,
                label: `${formatDateSpan(session.startDate, session.endDate)} — ${session.place ?? ""}`,
              }))}
            />
          </Card>
        )}
        <Card as="section" aria-labelledby="intra-title">
          <h2 id="intra-title" className="mb-1 text-lg font-semibold">
            {t("intra.form.title")}
          </h2>
          <p className="mb-3 text-sm text-slate-600">{t("intra.form.intro")}</p>
          <IntraRequestForm moduleId={module.id} asVisitor={!viewer.contact} />
        </Card>
      </div>
    </article>
  );
}
