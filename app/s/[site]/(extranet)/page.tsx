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
import { getManagerDashboard, type ManagerDashboard } from "@/lib/dashboard/get-manager-dashboard";
import { countPlaceholderSeats } from "@/lib/placeholders/count-placeholder-seats";
import { viewedCompanies } from "@/lib/tenancy/viewed-companies";
import { roleOpens, type ContactSection } from "@/lib/tenancy/contact-permissions";

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

// A MANAGER's figures are its participants' only (lib/dashboard/get-manager-dashboard.ts).
async function ManagerFigures({ figures }: { figures: ManagerDashboard }) {
  const [t, tManager, locale] = await Promise.all([getTranslations("dashboard"), getTranslations("managerHome"), getLocale()]);
  return (
    <StatGrid id="trainings-indicators" title={t("trainingsTitle")} columns="sm:grid-cols-2 lg:grid-cols-4">
      <StatCard
        label={tManager("participants")}
        value={formatNumber(figures.participants, locale)}
        definition={tManager("participantsHint")}
        href="/participants"
        testId="indicator-manager-participants"
      />
      <StatCard label={t("upcoming")} value={formatNumber(figures.actions.upcoming, locale)} href="/formations?period=upcoming" />
      <StatCard label={t("inProgress")} value={formatNumber(figures.actions.inProgress, locale)} href="/formations?period=current" />
      <StatCard
        label={t("doneThisYear", { year: new Date().getUTCFullYear() })}
        value={formatNumber(figures.actions.doneThisYear, locale)}
      />
    </StatGrid>
  );
}

export default async function ExtranetHomePage() {
  const context = await requireContact();
  const opens = (section: ContactSection) => roleOpens(context.role, section);
  if (context.role === "MANAGER") {
    const [figures, tHome, tManager] = await Promise.all([
      getManagerDashboard({ context }),
      getTranslations("home"),
      getTranslations("managerHome"),
    ]);
    return (
      <div className="space-y-6">
        <PageHeader
          title={tHome("welcome", { name: context.user.firstName })}
          description={<p>{tManager("context", { company: context.company.name })}</p>}
        />
        <ManagerFigures figures={figures} />
      </div>
    );
  }
  const [dashboard, placeholderCount, t, tHome, tGroup, format, locale] = await Promise.all([
    getDashboard({ scope: viewedCompanies(context) }),
    opens("placeholders") ? countPlaceholderSeats({ context }) : 0,
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
  // Each card shows to the roles that open its list (lib/tenancy/contact-permissions.ts).
  const invoices = opens("invoices");
  const documentsToSign = opens("documents") ? dashboard.documentsToSign : 0;
  const ticketsAwaitingCompany = opens("quality") ? dashboard.ticketsAwaitingCompany : 0;
  const figures = opens("trainingFigures");
  const funding = opens("funding");
  const fundingsToRequest = funding ? dashboard.fundings.toRequestCount : 0;
  const urgent =
    (invoices && overdueCount > 0) || documentsToSign > 0 || placeholderCount > 0 || ticketsAwaitingCompany > 0 || fundingsToRequest > 0;
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
        {invoices && overdueCount > 0 && (
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
        {documentsToSign > 0 && (
          <StatCard
            tone="attention"
            label={t("documentsToSign", { count: documentsToSign })}
            value={number(documentsToSign)}
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
        {ticketsAwaitingCompany > 0 && (
          <StatCard
            tone="attention"
            label={t("ticketsAwaiting", { count: ticketsAwaitingCompany })}
            value={number(ticketsAwaitingCompany)}
            definition={t("ticketsAwaitingHint")}
            href="/qualite?attente=1"
            actionLabel={t("answer")}
            testId="indicator-tickets-awaiting"
          />
        )}
        {fundingsToRequest > 0 && (
          <StatCard
            tone="attention"
            label={t("fundingsToRequest", { count: fundingsToRequest })}
            value={number(fundingsToRequest)}
            definition={t("fundingsToRequestHint")}
            href="/financements?statut=TO_REQUEST"
            actionLabel={t("follow")}
            testId="indicator-fundings-to-request"
          />
        )}
        {!urgent && <p className="text-slate-700 sm:col-span-2 lg:col-span-3">{t("nothingUrgent")}</p>}
      </StatGrid>

      {opens("evaluations") && (
        <Suspense fallback={null}>
          <WaitingEvaluationsNotice context={context} />
        </Suspense>
      )}

      {figures && (
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
      )}

      {figures && (
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
      )}

      <StatGrid id="follow-up-indicators" title={t("followUpTitle")} columns="sm:grid-cols-2 lg:grid-cols-3">
        {invoices && (
          <StatCard
            label={t("unpaid", { count: unpaidCount })}
            value={formatMoney(unpaidCents, locale)}
            definition={t("unpaidHint")}
            href="/factures"
            testId="indicator-unpaid"
          />
        )}
        {invoices && overdueCount === 0 && (
          <StatCard
            label={t("overdue", { count: 0 })}
            value={formatMoney(0, locale)}
            definition={t("overdueHint")}
            href="/factures?status=OVERDUE"
            testId="indicator-overdue"
          />
        )}
        {opens("documents") && documentsToSign === 0 && (
          <StatCard label={t("documentsToSign", { count: 0 })} value={number(0)} definition={t("documentsToSignHint")} href="/documents" />
        )}
        {funding && (
          <StatCard
            label={t("fundingsPending", { count: dashboard.fundings.pendingCount })}
            value={formatMoney(dashboard.fundings.pendingCents, locale)}
            definition={t("fundingsPendingHint")}
            href="/financements?statut=PENDING"
            testId="indicator-fundings-pending"
          />
        )}
        {opens("quality") && (
          <StatCard label={t("openTickets")} value={number(dashboard.openTickets)} definition={t("openTicketsHint")} href="/qualite" />
        )}
      </StatGrid>

      <div className="grid gap-4 lg:grid-cols-2">
        {figures && (
          <BarChartCard
            title={t("hoursPerMonth", { year: dashboard.year })}
            description={t("hoursPerMonthHint")}
            valueLabel={t("hoursLabel")}
            unit="hours"
            data={dashboard.hoursPerMonth.map((row) => ({ label: monthName(row.month), value: row.hours }))}
          />
        )}
        {invoices && (
          <BarChartCard
            title={t("spendingPerYear")}
            description={t("spendingPerYearHint")}
            valueLabel={t("spendingLabel")}
            unit="euros"
            data={dashboard.spendingPerYear.map((row) => ({ label: String(row.year), value: row.totalInclTaxCents / 100 }))}
          />
        )}
      </div>

      {figures && (
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
      )}
    </div>
  );
}
