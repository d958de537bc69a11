import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/require-staff";
import { getOrganizationOverview } from "@/lib/companies/get-organization-overview";

export default async function AdminHomePage() {
  const staff = await requireStaff();
  const [overview, t] = await Promise.all([getOrganizationOverview({ staff }), getTranslations("admin")]);
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-semibold">{t("welcome", { name: staff.user.firstName })}</h1>
        <p className="mt-1 text-slate-700" data-testid="staff-context">
          {t("context", { organization: staff.site.organization.legalName, role: t(`roles.${staff.user.role}`) })}
        </p>
      </section>
      <dl className="grid gap-4 sm:grid-cols-2">
        <div className="rounded-xl bg-white p-5 shadow-sm">
          <dt className="sr-only">{t("nav.companies")}</dt>
          <dd className="text-lg font-semibold">{t("companies", { count: overview.companyCount })}</dd>
        </div>
        <div className="rounded-xl bg-white p-5 shadow-sm">
          <dt className="sr-only">{t("nav.contacts")}</dt>
          <dd className="text-lg font-semibold">{t("activeAccesses", { count: overview.activeAccessCount })}</dd>
        </div>
      </dl>
    </div>
  );
}
