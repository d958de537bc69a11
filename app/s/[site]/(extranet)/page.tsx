import { Suspense } from "react";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { BarChartCard } from "@/components/dashboard/bar-chart-card";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { WaitingEvaluationsNotice } from "@/components/evaluations/waiting-evaluations-notice";
import { requireContact } from "@/lib/auth/require-contact";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { formatHours, formatMoney, formatNumber, formatPercent } from "@/lib/format/format";
import { countPlaceholderSeats } from "@/lib/placeholders/count-placeholder-seats";
import { viewedCompanies } from "@/lib/tenancy/viewed-companies";

function StatGrid({ id, title, columns, children }: { id: string; title: string; columns: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      <div className={`grid gap-3 ${columns}`}>{children}</div>
    </section>
  );
}

export default async function ExtranetHomePage() {
  const context = await requireContact();
  const [dashboard, placeholderCount, t, tHome, tGroup, format, locale] = await Promise.all([
    getDashboard({ scope: viewedCompanies(context) }),
    countPlaceholderSeats({ context }),
    getTranslations("dashboard"),
    getTranslations("home"),
    getTranslations("groupView"),
    getFormatter(),
    getLocale(),
  ]);
  const number = (value: number) => formatNumber(value, locale);
  const [thisYear, lastYear] = dashboard.trained;
  const monthName = (month: number) =>
    format.dateTime(new Date(Date.UTC(dashboard.year, month - 1, 1)), { month: "short", timeZone: "UTC" });
  const { overdueCount, overdueCents, unpaidCount, unpaidCents } = dashboard.invoices;
  const urgent = overdueCount > 0 || dashboard.documentsToSign > 0 || placeholderCount > 0 || dashboard.ticketsAwaitingCompany > 0;
  return (
    <div className="space-y-6">
      <PageHeader
        title={tHome("welcome", { name: context.user.firstName })}
        description={
          <p data-testid="company-context">
            {context.groupView
              ? tGroup("summary", { companies: context.companies.map((company) => company.name).join(", ") })
              : tHome("context", { company: context.company.name, organization: context.site.branding.name })}
          </p>
        }
      />

      <StatGrid id="urgent-indicators" title={t("urgentTitle")} columns="sm:grid-cols-2 lg:grid-cols-3">
        {overdueCount > 0 && (
          <StatCard
            tone="attention"
            label={t("overdue", { count: overdueCount })}
            value={formatMoney(overdueCents, locale)}
            definition={t("overdueHint")}
            href="/factures?status=OVERDUE"
            actionLabel={t("pay")}
            testId="indicator-overdue"
          />
        )}
        {dashboard.documentsToSign > 0 && (
          <StatCard
            tone="attention"
            label={t("documentsToSign", { count: dashboard.documentsToSign })}
            value={number(dashboard.documentsToSign)}
            definition={t("documentsToSignHint")}
            href="/documents?statut=to_sign"
            actionLabel={t("sign")}
            testId="indicator-to-sign"
          />
        )}
        {placeholderCount > 0 && (
          <StatCard
            tone="attention"
            label={t("placeholders", { count: placeholderCount })}
            value={number(placeholderCount)}
            definition={t("placeholdersHint")}
            href="/formations/participants-a-identifier"
            actionLabel={t("complete")}
            testId="indicator-placeholders"
          />
        )}
        {dashboard.ticketsAwaitingCompany > 0 && (
          <StatCard
            tone="attention"
            label={t("ticketsAwaiting", { count: dashboard.ticketsAwaitingCompany })}
            value={number(dashboard.ticketsAwaitingCompany)}
            definition={t("ticketsAwaitingHint")}
            href="/qualite?attente=1"
            actionLabel={t("answer")}
            testId="indicator-tickets-awaiting"
          />
        )}
        {!urgent && <p className="text-slate-700 sm:col-span-2 lg:col-span-3">{t("nothingUrgent")}</p>}
      </StatGrid>

      <Suspense fallback={null}>
        <WaitingEvaluationsNotice context={context} />
      </Suspense>

      <StatGrid id="trainings-indicators" title={t("trainingsTitle")} columns="sm:grid-cols-3">
        <StatCard
          label={t("upcoming")}
          value={number(dashboard.actions.upcoming)}
          definition={t("upcomingHint")}
          href="/formations?period=upcoming"
          testId="indicator-upcoming"
        />
        <StatCard
          label={t("inProgress")}
          value={number(dashboard.actions.inProgress)}
          definition={t("inProgressHint")}
          href="/formations?period=current"
          testId="indicator-in-progress"
        />
        <StatCard
          label={t("doneThisYear", { year: dashboard.year })}
          value={number(dashboard.actions.doneThisYear)}
          definition={t("doneThisYearHint", { year: dashboard.year })}
          href="/formations?period=past"
          testId="indicator-done"
        />
      </StatGrid>

      <StatGrid id="people-indicators" title={t("peopleTitle")} columns="sm:grid-cols-2 lg:grid-cols-5">
        {[thisYear, lastYear].map((row) => (
          <StatCard
            key={`trained-${row.year}`}
            label={t("trained", { year: row.year })}
            value={number(row.participants)}
            definition={t("trainedHint", { year: row.year })}
          />
        ))}
        {[thisYear, lastYear].map((row) => (
          <StatCard
            key={`hours-${row.year}`}
            label={t("hours", { year: row.year })}
            value={formatHours(row.hours, locale)}
            definition={t("hoursHint", { year: row.year })}
          />
        ))}
        <StatCard
          label={t("attendanceRate")}
          value={formatPercent(dashboard.attendanceRate, locale)}
          definition={t("attendanceRateHint")}
          testId="indicator-rate"
        />
      </StatGrid>

      <StatGrid id="follow-up-indicators" title={t("followUpTitle")} columns="sm:grid-cols-2 lg:grid-cols-3">
        <StatCard
          label={t("unpaid", { count: unpaidCount })}
          value={formatMoney(unpaidCents, locale)}
          definition={t("unpaidHint")}
          href="/factures"
          testId="indicator-unpaid"
        />
        {overdueCount === 0 && (
          <StatCard
            label={t("overdue", { count: 0 })}
            value={formatMoney(0, locale)}
            definition={t("overdueHint")}
            href="/factures?status=OVERDUE"
            testId="indicator-overdue"
          />
        )}
        {dashboard.documentsToSign === 0 && (
          <StatCard label={t("documentsToSign", { count: 0 })} value={number(0)} definition={t("documentsToSignHint")} href="/documents" />
        )}
        <StatCard label={t("openTickets")} value={number(dashboard.openTickets)} definition={t("openTicketsHint")} href="/qualite" />
      </StatGrid>

      <div className="grid gap-4 lg:grid-cols-2">
        <BarChartCard
          title={t("hoursPerMonth", { year: dashboard.year })}
          description={t("hoursPerMonthHint")}
          valueLabel={t("hoursLabel")}
          unit="hours"
          data={dashboard.hoursPerMonth.map((row) => ({ label: monthName(row.month), value: row.hours }))}
        />
        <BarChartCard
          title={t("spendingPerYear")}
          description={t("spendingPerYearHint")}
          valueLabel={t("spendingLabel")}
          unit="euros"
          data={dashboard.spendingPerYear.map((row) => ({ label: String(row.year), value: row.totalInclTaxCents / 100 }))}
        />
      </div>

      <Card as="section" aria-labelledby="next-slots">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
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
      </Card>
    </div>
  );
}
