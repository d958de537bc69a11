import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireContact } from "@/lib/auth/require-contact";
import { getCompanyOverview } from "@/lib/companies/get-company-overview";
import { EXTRANET_SECTIONS } from "@/lib/navigation/sections";

export default async function ExtranetHomePage() {
  const context = await requireContact();
  const [overview, t] = await Promise.all([getCompanyOverview({ context }), getTranslations()]);
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-semibold">{t("home.welcome", { name: context.user.firstName })}</h1>
        <p className="mt-1 text-slate-700" data-testid="company-context">
          {t("home.context", { company: context.company.name, organization: context.site.branding.name })}
        </p>
      </section>
      <dl className="grid gap-4 sm:grid-cols-2">
        <div className="rounded-xl bg-white p-5 shadow-sm">
          <dt className="sr-only">{t("nav.participants")}</dt>
          <dd className="text-lg font-semibold">{t("home.participants", { count: overview.participantCount })}</dd>
        </div>
        <div className="rounded-xl bg-white p-5 shadow-sm">
          <dt className="sr-only">{t("nav.trainings")}</dt>
          <dd className="text-lg font-semibold">{t("home.upcoming", { count: overview.upcomingActionCount })}</dd>
        </div>
      </dl>
      <section aria-labelledby="sections-title">
        <h2 id="sections-title" className="mb-3 text-lg font-semibold">{t("home.sectionsTitle")}</h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {EXTRANET_SECTIONS.filter((section) => section.key !== "dashboard").map((section) => (
            <li key={section.key}>
              <Link href={section.href} className="block rounded-lg border border-slate-200 bg-white px-4 py-3 font-medium hover:border-brand">
                {t(`nav.${section.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
