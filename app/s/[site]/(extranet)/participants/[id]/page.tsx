import Link from "next/link";
import { z } from "zod";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { actionStatusTone, attendanceTone } from "@/components/ui/status-tones";
import { formatPercent } from "@/lib/format/format";
import { requireContact } from "@/lib/auth/require-contact";
import { getParticipant } from "@/lib/participants/get-participant";
import { idParam, pageParams } from "@/lib/http/request-params";
import { Card } from "@/components/ui/card";

export default async function ParticipantPage({ params }: { params: Promise<{ id: string }> }) {
  const context = await requireContact();
  const now = new Date();
  const [participant, t, tt, format, locale] = await Promise.all([
    getParticipant({ context, participantId: (await pageParams(params, z.object({ id: idParam }))).id, now }),
    getTranslations("participants"),
    getTranslations("trainings"),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <div className="space-y-6">
      <nav aria-label={tt("breadcrumb")}>
        <Link href="/participants" className="text-sm underline-offset-4 hover:underline">
          ← {t("title")}
        </Link>
      </nav>
      <header>
        <h1 className="text-2xl font-semibold">
          {participant.firstName} {participant.lastName}
        </h1>
        <p className="text-sm text-slate-700">{[participant.jobTitle, participant.email].filter(Boolean).join(" · ")}</p>
      </header>
      <dl className="grid gap-4 sm:grid-cols-3">
        <Card>
          <dt className="text-sm text-slate-600">{t("trainingsCount")}</dt>
          <dd className="text-2xl font-semibold">{participant.trainings.length}</dd>
        </Card>
        <Card>
          <dt className="text-sm text-slate-600">{tt("detail.rate")}</dt>
          <dd className="text-2xl font-semibold" data-testid="participant-rate">
            {formatPercent(participant.rate, locale)}
          </dd>
        </Card>
        <Card>
          <dt className="text-sm text-slate-600">{t("notRecorded")}</dt>
          <dd className="text-2xl font-semibold">{participant.counts.notRecorded}</dd>
        </Card>
      </dl>
      <section aria-labelledby="trainings-title" className="space-y-4">
        <h2 id="trainings-title" className="text-lg font-semibold">
          {t("trainings")}
        </h2>
        {participant.trainings.length === 0 && (
          <Card as="p" padding="lg">
            {t("noTrainings")}
          </Card>
        )}
        {participant.trainings.map((training) => (
          <Card as="article" key={training.enrolmentId}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="font-semibold">
                <Link href={`/formations/${training.actionId}`} className="underline-offset-4 hover:underline">
                  {training.title}
                </Link>{" "}
                <span className="text-sm font-normal text-slate-600">{training.number}</span>
              </h3>
              <div className="flex items-center gap-2 text-sm">
                <Badge tone={actionStatusTone[training.actionStatus]}>{tt(`status.${training.actionStatus}`)}</Badge>
                <span>{tt(`enrolment.${training.enrolmentStatus}`)}</span>
                <span className="font-semibold">{formatPercent(training.rate, locale)}</span>
              </div>
            </div>
            <p className="text-sm text-slate-600">
              {format.dateTimeRange(training.startDate, training.endDate, { dateStyle: "medium", timeZone: "UTC" })}
            </p>
            <ul className="mt-2 flex flex-wrap gap-2 text-xs">
              {training.slots.map((slot) => {
                const status = slot.status ?? (slot.endsAt <= now && training.enrolmentStatus === "CONFIRMED" ? "NOT_RECORDED" : null);
                return (
                  <li key={slot.id} className="flex items-center gap-1">
                    <span>
                      {format.dateTime(slot.startsAt, {
                        day: "2-digit",
                        month: "2-digit",
                        hour: "2-digit",
                        minute: "2-digit",
                        timeZone: "Europe/Paris",
                      })}
                    </span>
                    {status ? (
                      <Badge tone={attendanceTone[status]}>{tt(`attendance.${status}`)}</Badge>
                    ) : (
                      <Badge>{tt("detail.upcoming")}</Badge>
                    )}
                  </li>
                );
              })}
            </ul>
          </Card>
        ))}
      </section>
    </div>
  );
}
