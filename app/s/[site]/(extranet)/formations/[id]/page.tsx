import Link from "next/link";
import { z } from "zod";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CompanyFundingPanel } from "@/components/fundings/company-funding-panel";
import { PlaceholderSeatsPanel } from "@/components/placeholders/placeholder-seats-panel";
import { Badge } from "@/components/ui/badge";
import { actionStatusTone, attendanceTone } from "@/components/ui/status-tones";
import { formatPercent } from "@/lib/format/format";
import { requireContact } from "@/lib/auth/require-contact";
import { getCompanyAction } from "@/lib/trainings/get-company-action";
import { idParam, pageParams } from "@/lib/http/request-params";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";

export default async function TrainingPage({ params }: { params: Promise<{ id: string }> }) {
  const context = await requireContact();
  const now = new Date();
  const [action, t, format, locale] = await Promise.all([
    getCompanyAction({ context, actionId: (await pageParams(params, z.object({ id: idParam }))).id, now }),
    getTranslations("trainings"),
    getFormatter(),
    getLocale(),
  ]);
  const time = (date: Date) => format.dateTime(date, { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")}>
        <Link href="/formations" className="text-sm underline-offset-4 hover:underline">
          ← {t("title")}
        </Link>
      </nav>
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{action.title}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <span>{action.number}</span>·<span>{t(`type.${action.type}`)}</span>·<span>{t(`mode.${action.mode}`)}</span>
          <Badge tone={actionStatusTone[action.status]}>{t(`status.${action.status}`)}</Badge>
        </p>
      </header>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Card>
          <dt className="text-sm text-slate-600">{t("detail.dates")}</dt>
          <dd className="font-semibold">
            {format.dateTimeRange(action.startDate, action.endDate, { dateStyle: "long", timeZone: "UTC" })}
          </dd>
        </Card>
        <Card>
          <dt className="text-sm text-slate-600">{t("detail.duration")}</dt>
          <dd className="font-semibold">{t("detail.hours", { hours: action.durationHours })}</dd>
        </Card>
        <Card>
          <dt className="text-sm text-slate-600">{t("detail.seats")}</dt>
          <dd className="font-semibold">
            {t("detail.seatsValue", { count: action.seats.filter((seat) => seat.status !== "CANCELLED").length })}
          </dd>
        </Card>
        <Card>
          <dt className="text-sm text-slate-600">{t("detail.rate")}</dt>
          <dd className="text-2xl font-semibold" data-testid="action-rate">
            {formatPercent(action.rate, locale)}
          </dd>
        </Card>
      </dl>

      <Card as="section" aria-labelledby="modules-title">
        <h2 id="modules-title" className="mb-3 text-lg font-semibold">
          {t("detail.modules")}
        </h2>
        {action.modules.length === 0 ? (
          <p className="text-slate-600">{t("detail.none")}</p>
        ) : (
          <ul className="space-y-3">
            {action.modules.map((module) => (
              <li key={module.id}>
                <p className="font-medium">
                  {module.title}{" "}
                  <span className="text-sm text-slate-600">
                    ({module.code}, {t("detail.hours", { hours: module.durationHours })})
                  </span>
                </p>
                {module.objectives && <p className="text-sm whitespace-pre-line text-slate-700">{module.objectives}</p>}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <div className="grid gap-4 md:grid-cols-2">
        <Card as="section" aria-labelledby="places-title">
          <h2 id="places-title" className="mb-3 text-lg font-semibold">
            {t("detail.places")}
          </h2>
          {action.places.length === 0 ? (
            <p className="text-slate-600">{t("detail.none")}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {action.places.map((place) => (
                <li key={place.id}>
                  <span className="font-medium">{place.name}</span>
                  {place.isRemote
                    ? ` — ${t("mode.REMOTE")}`
                    : [place.address, place.city].filter(Boolean).length > 0 &&
                      ` — ${[place.address, place.city].filter(Boolean).join(", ")}`}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card as="section" aria-labelledby="trainers-title">
          <h2 id="trainers-title" className="mb-3 text-lg font-semibold">
            {t("detail.trainers")}
          </h2>
          {action.trainers.length === 0 ? (
            <p className="text-slate-600">{t("detail.none")}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {action.trainers.map((trainer) => (
                <li key={trainer.id}>{trainer.name}</li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      <Card as="section" aria-labelledby="slots-title">
        <h2 id="slots-title" className="mb-3 text-lg font-semibold">
          {t("detail.slots")}
        </h2>
        <DataTable
          caption={t("detail.slots")}
          rows={action.slots}
          rowKey={(slot) => slot.id}
          empty={t("detail.noSlots")}
          columns={[
            {
              key: "date",
              header: t("detail.slotDate"),
              className: "sm:whitespace-nowrap",
              cell: (slot) =>
                `${format.dateTime(slot.startsAt, { dateStyle: "medium", timeZone: "Europe/Paris" })}, ${time(slot.startsAt)}–${time(slot.endsAt)}`,
            },
            { key: "module", header: t("detail.slotModule"), cell: (slot) => slot.moduleTitle ?? "—" },
            { key: "place", header: t("columns.place"), cell: (slot) => slot.locationName ?? "—" },
            { key: "trainer", header: t("detail.trainer"), cell: (slot) => slot.trainerName ?? "—" },
          ]}
        />
      </Card>

      <PlaceholderSeatsPanel context={context} actionId={action.id} />

      <CompanyFundingPanel context={context} actionId={action.id} />

      <Card as="section" aria-labelledby="audit-pack-title" className="space-y-2">
        <h2 id="audit-pack-title" className="text-lg font-semibold">
          <a href={`/formations/${action.id}/dossier-audit`} className="underline underline-offset-4" download>
            {t("detail.auditPack")}
          </a>
        </h2>
        <p className="text-sm text-slate-600">{t("detail.auditPackHint")}</p>
      </Card>

      <Card as="section" aria-labelledby="attendance-title">
        <h2 id="attendance-title" className="mb-1 text-lg font-semibold">
          {t("detail.participants")}
        </h2>
        <p className="mb-3 text-sm text-slate-600">{t("detail.rateRule")}</p>
        {action.seats.length === 0 ? (
          <p className="text-slate-600">{t("detail.noSeats")}</p>
        ) : (
          // A matrix of participants × sessions: it scrolls sideways within its card, by keyboard too. `relative`
          // keeps its screen-reader-only labels (absolutely positioned) inside it, not widening the page.
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus to scroll by keyboard (WCAG 2.1.1, axe scrollable-region-focusable)
          <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-labelledby="attendance-title">
            <table className="min-w-full text-sm" data-testid="attendance-table">
              <thead className="text-left text-slate-700">
                <tr>
                  <th scope="col" className="py-1 pr-3">
                    {t("detail.participant")}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {t("detail.enrolment")}
                  </th>
                  {action.slots.map((slot) => (
                    <th key={slot.id} scope="col" className="px-1 py-1 text-xs font-normal whitespace-nowrap">
                      {format.dateTime(slot.startsAt, {
                        day: "2-digit",
                        month: "2-digit",
                        hour: "2-digit",
                        minute: "2-digit",
                        timeZone: "Europe/Paris",
                      })}
                    </th>
                  ))}
                  <th scope="col" className="py-1 pl-3">
                    {t("detail.rateShort")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {action.seats.map((seat) => (
                  <tr key={seat.enrolmentId} className="border-t border-slate-100">
                    <th scope="row" className="py-1 pr-3 text-left font-medium">
                      {seat.participantId ? (
                        <Link href={`/participants/${seat.participantId}`} className="underline-offset-4 hover:underline">
                          {seat.name}
                        </Link>
                      ) : (
                        seat.name
                      )}
                    </th>
                    <td className="py-1 pr-3">{t(`enrolment.${seat.status}`)}</td>
                    {action.slots.map((slot) => {
                      const status =
                        seat.attendance[slot.id] ??
                        (slot.endsAt <= now && seat.status === "CONFIRMED" && seat.participantId ? "NOT_RECORDED" : null);
                      return (
                        <td key={slot.id} className="px-1 py-1 text-center">
                          {status ? (
                            <Badge tone={attendanceTone[status]}>{t(`attendance.${status}`)}</Badge>
                          ) : (
                            <>
                              <span className="text-slate-500" aria-hidden="true">
                                ·
                              </span>
                              <span className="sr-only">{t("detail.upcoming")}</span>
                            </>
                          )}
                        </td>
                      );
                    })}
                    <td className="py-1 pl-3 font-semibold">{formatPercent(seat.rate, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
