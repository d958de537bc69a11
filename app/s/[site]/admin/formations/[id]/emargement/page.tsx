import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ButtonForm } from "@/components/ui/button-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { recordRollCallAction } from "@/lib/attendance/attendance-actions";
import { getRollCall } from "@/lib/attendance/get-roll-call";
import { PRESENCE_FIELD, ROLL_CALL_STATUSES } from "@/lib/attendance/roll-call-seats";
import { requireStaff } from "@/lib/auth/require-staff";

const PARIS = { timeZone: "Europe/Paris" } as const;

export async function generateMetadata() {
  const t = await getTranslations("modules");
  return { title: t("rollCallLink") };
}

/** Staff's roll call of a training action: per slot, each named participant present, absent or late. */
export default async function RollCallPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff();
  const { id } = await params;
  const [t, tStatus, rollCall] = await Promise.all([
    getTranslations("modules.rollCall"),
    getTranslations("trainings.attendance"),
    getRollCall({ staff, actionId: id }),
  ]);
  if (!rollCall) notFound();
  const { action, slots, seats } = rollCall;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title", { number: action.number })} description={t("description", { title: action.title })} />
      {slots.length === 0 && <EmptyState>{t("noSlot")}</EmptyState>}
      {slots.length > 0 && seats.length === 0 && <EmptyState>{t("noSeat")}</EmptyState>}
      {seats.length > 0 &&
        slots.map((slot) => {
          const heading = t("slot", {
            date: slot.startsAt.toLocaleDateString("fr-FR", { ...PARIS, weekday: "long", day: "numeric", month: "long", year: "numeric" }),
            start: slot.startsAt.toLocaleTimeString("fr-FR", { ...PARIS, hour: "2-digit", minute: "2-digit" }),
            end: slot.endsAt.toLocaleTimeString("fr-FR", { ...PARIS, hour: "2-digit", minute: "2-digit" }),
          });
          return (
            <Card as="section" key={slot.id} aria-labelledby={`slot-${slot.id}`} data-testid="roll-call-slot">
              <h2 id={`slot-${slot.id}`} className="mb-3 font-semibold first-letter:uppercase">
                {heading}
              </h2>
              <ButtonForm
                errors="catalogue.errors"
                action={recordRollCallAction}
                label={heading}
                successText={t("saved")}
                className="space-y-3"
              >
                <input type="hidden" name="slotId" value={slot.id} />
                <ul className="divide-y divide-slate-200">
                  {seats.map((seat) => (
                    <li
                      key={seat.enrolmentId}
                      className="flex flex-wrap items-center justify-between gap-2 py-2"
                      data-testid="roll-call-seat"
                    >
                      <span className="min-w-0">
                        <span className="font-medium">{seat.name}</span>
                        <span className="block text-sm text-slate-600">{seat.companyName}</span>
                      </span>
                      <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
                        <legend className="sr-only">{t("statusFor", { name: seat.name })}</legend>
                        {ROLL_CALL_STATUSES.map((status) => (
                          <label key={status} className="flex min-h-11 items-center gap-1.5 text-sm">
                            <input
                              type="radio"
                              name={`${PRESENCE_FIELD}${seat.enrolmentId}`}
                              value={status}
                              defaultChecked={slot.statuses[seat.enrolmentId] === status}
                              className="size-4"
                            />
                            {tStatus(status)}
                          </label>
                        ))}
                      </fieldset>
                    </li>
                  ))}
                </ul>
                <div className="flex flex-wrap gap-2">
                  <Button type="submit">{t("save")}</Button>
                  <Button type="submit" variant="secondary" name="allPresent" value="1">
                    {t("allPresent")}
                  </Button>
                </div>
              </ButtonForm>
            </Card>
          );
        })}
    </div>
  );
}
