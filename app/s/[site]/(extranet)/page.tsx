import { Suspense } from "react";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { BarChartCard } from "@/components/dashboard/bar-chart-card";
import { WaitingEvaluationsNotice } from "@/components/evaluations/waiting-evaluations-notice";
import { PlaceholderSeatsPanel } from "@/components/placeholders/placeholder-seats-panel";
import { formatEuros, formatRate } from "@/components/trainings/format-rate";
import { requireContact } from "@/lib/auth/require-contact";
import { companyDashboardScope } from "@/lib/dashboard/dashboard-scope";
import { getDashboard } from "@/lib/dashboard/get-dashboard";

function Indicator({ label, value, href, testId }: { label: string; value: string; href?: string; testId?: string }) {
  const body = (
    <>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-2xl font-semibold" data-testid={testId}>
        {value}
      </dd>
    </>
  );
  return (
    <div className="rounded-xl bg-white p-4 shadow-sm">
      {href ? (
        <Link href={href} className="block hover:text-brand">
          {body}
        </Link>
      ) : (
        body
      )}
    </div>
  );
}

export default async function ExtranetHomePage() {
  const context = await requireContact();
  const [dashboard, t, tHome, format, locale] = await Promise.all([
    getDashboard({ scope: companyDashboardScope(context) }),
    getTranslations("dashboard"),
    getTranslations("home"),
    getFormatter(),
    getLocale(),
  ]);
  const number = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  const [thisYear, lastYear] = dashboard.trained;
  const monthName = (month: number) =>
    format.dateTime(new Date(Date.UTC(dashboard.year, month - 1, 1)), { month: "short", timeZone: "UTC" });
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-semibold">{tHome("welcome", { name: context.user.firstName })}</h1>
        <p className="mt-1 text-slate-700" data-testid="company-context">
          {tHome("context", { company: context.company.name, organization: context.site.branding.name })}
        </p>
      </section>

      {/* Streamed: the figures below do not wait for the seats to fill in. */}
      <Suspense fallback={null}>
        <PlaceholderSeatsPanel context={context} />
      </Suspense>
      <Suspense fallback={null}>
        <WaitingEvaluationsNotice context={context} />
      </Suspense>

      <section aria-labelledby="trainings-indicators">
        <h2 id="trainings-indicators" className="mb-2 text-lg font-semibold">
          {t("trainingsTitle")}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-3">
          <Indicator
            label={t("upcoming")}
            value={number(dashboard.actions.upcoming)}
            href="/formations?period=upcoming"
            testId="indicator-upcoming"
          />
          <Indicator
            label={t("inProgress")}
            value={number(dashboard.actions.inProgress)}
            href="/formations?period=current"
            testId="indicator-in-progress"
          />
          <Indicator
            label={t("doneThisYear", { year: dashboard.year })}
            value={number(dashboard.actions.doneThisYear)}
            href="/formations?period=past"
            testId="indicator-done"
          />
        </dl>
      </section>

      <section aria-labelledby="people-indicators">
        <h2 id="people-indicators" className="mb-2 text-lg font-semibold">
          {t("peopleTitle")}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          <Indicator label={t("trained", { year: thisYear.year })} value={number(thisYear.participants)} />
          <Indicator label={t("hours", { year: thisYear.year })} value={`${number(thisYear.hours)} h`} />
          <Indicator label={t("trained", { year: lastYear.year })} value={number(lastYear.participants)} />
          <Indicator label={t("hours", { year: lastYear.year })} value={`${number(lastYear.hours)} h`} />
          <Indicator label={t("attendanceRate")} value={formatRate(dashboard.attendanceRate, locale)} testId="indicator-rate" />
        </dl>
      </section>

      <section aria-labelledby="follow-up-indicators">
        <h2 id="follow-up-indicators" className="mb-2 text-lg font-semibold">
          {t("followUpTitle")}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <Indicator label={t("documentsToSign")} value={number(dashboard.documentsToSign)} href="/documents" />
          <Indicator
            label={t("unpaid", { count: dashboard.invoices.unpaidCount })}
            value={formatEuros(dashboard.invoices.unpaidCents, locale)}
            href="/factures"
            testId="indicator-unpaid"
          />
          <Indicator
            label={t("overdue", { count: dashboard.invoices.overdueCount })}
            value={formatEuros(dashboard.invoices.overdueCents, locale)}
            href="/factures?status=OVERDUE"
            testId="indicator-overdue"
          />
          <Indicator label={t("openTickets")} value={number(dashboard.openTickets)} href="/qualite" />
        </dl>
      </section>

      <div className="grid gap-4 lg:grid-cols-2">
        <BarChartCard
          title={t("hoursPerMonth", { year: dashboard.year })}
          valueLabel={t("hoursLabel")}
          unit="hours"
          data={dashboard.hoursPerMonth.map((row) => ({ label: monthName(row.month), value: row.hours }))}
        />
        <BarChartCard
          title={t("spendingPerYear")}
          valueLabel={t("spendingLabel")}
          unit="euros"
          data={dashboard.spendingPerYear.map((row) => ({ label: String(row.year), value: row.totalInclTaxCents / 100 }))}
        />
      </div>

      <section aria-labelledby="next-slots" className="rounded-xl bg-white p-5 shadow-sm">
        <div className="mb-3 flex items-center justify-between gap-3">
          <h2 id="next-slots" className="text-lg font-semibold">
            {t("nextSessions")}
          </h2>
          <Link href="/calendrier" className="text-sm underline-offset-4 hover:underline">
            {t("calendarLink")}
          </Link>
        </div>
        {dashboard.nextSlots.length === 0 ? (
          <p className="text-slate-600">{t("noNextSessions")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {dashboard.nextSlots.map((slot) => (
              <li key={slot.id} className="py-2">
                <Link href={`/formations/${slot.actionId}`} className="font-medium underline-offset-4 hover:underline">
                  {slot.actionTitle}
                </Link>
                <p className="text-sm text-slate-600">
                  {format.dateTime(slot.startsAt, { dateStyle: "full", timeStyle: "short", timeZone: "Europe/Paris" })}
                  {slot.locationName && ` · ${slot.locationName}`}
                  {slot.trainerName && ` · ${slot.trainerName}`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
