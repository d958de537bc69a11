import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getWorkQueue } from "@/lib/admin-home/get-work-queue";
import { requireStaff } from "@/lib/auth/require-staff";
import { getOrganizationOverview } from "@/lib/companies/get-organization-overview";

// The admin home is a work queue: what waits for the organisation, each with its count and the list that resolves it.
export default async function AdminHomePage() {
  const staff = await requireStaff();
  const [queue, overview, t] = await Promise.all([getWorkQueue({ staff }), getOrganizationOverview({ staff }), getTranslations("admin")]);
  const pending = queue.filter((item) => item.count > 0).length;
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-semibold">{t("welcome", { name: staff.user.firstName })}</h1>
        <p className="mt-1 text-slate-700" data-testid="staff-context">
          {t("context", { organization: staff.site.organization.legalName, role: t(`roles.${staff.user.role}`) })}
        </p>
      </section>
      <section aria-labelledby="work-queue-title" className="space-y-3">
        <div>
          <h2 id="work-queue-title" className="text-lg font-semibold">
            {t("workQueue.title")}
          </h2>
          <p className="text-sm text-slate-700">{pending ? t("workQueue.summary", { count: pending }) : t("workQueue.allClear")}</p>
        </div>
        <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
          {queue.map((item) => (
            <li
              key={item.key}
              data-testid={`work-${item.key}`}
              className={`flex flex-col justify-between gap-3 rounded-xl border bg-white p-5 shadow-sm ${item.count ? "border-amber-300" : "border-slate-200"}`}
            >
              <div>
                <p className={`text-3xl font-semibold ${item.count ? "text-amber-900" : "text-slate-500"}`} data-testid="work-count">
                  {item.count}
                </p>
                <h3 className="font-semibold">{t(`workQueue.${item.key}.title`, { count: item.count })}</h3>
                <p className="text-sm text-slate-600">{t(`workQueue.${item.key}.hint`)}</p>
              </div>
              {item.count > 0 ? (
                <Link href={item.href} className="self-start text-sm font-semibold text-brand underline underline-offset-4">
                  {t(`workQueue.${item.key}.link`)}
                </Link>
              ) : (
                <p className="text-sm text-slate-600">{t("workQueue.nothing")}</p>
              )}
            </li>
          ))}
        </ul>
      </section>
      <p className="text-sm text-slate-700">
        {t("companies", { count: overview.companyCount })} · {t("activeAccesses", { count: overview.activeAccessCount })}
      </p>
    </div>
  );
}
