import { getFormatter, getTranslations } from "next-intl/server";
import type { ContactContext } from "@/lib/auth/require-contact";
import { listPlaceholderSeats } from "@/lib/placeholders/list-placeholder-seats";
import { PlaceholderSeatForm } from "./placeholder-seat-form";

/**
 * The company's placeholder seats where it must name who attends (all upcoming actions, or one action),
 * each with its form. Renders nothing when there is no seat to fill, unless `showEmpty`.
 * Use: <PlaceholderSeatsPanel context={context} /> on the dashboard, with actionId on an action's page.
 */
export async function PlaceholderSeatsPanel({
  context,
  actionId,
  showEmpty = false,
}: {
  context: ContactContext;
  actionId?: string;
  showEmpty?: boolean;
}) {
  const [groups, t, format] = await Promise.all([
    listPlaceholderSeats({ context, actionId }),
    getTranslations("placeholders"),
    getFormatter(),
  ]);
  if (groups.length === 0) {
    return showEmpty ? (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{t("empty")}</p>
    ) : null;
  }
  const count = groups.reduce((total, group) => total + group.seats.length, 0);
  return (
    <section aria-labelledby="placeholders-title" className="space-y-4 rounded-xl border border-amber-300 bg-amber-50 p-5">
      <div>
        <h2 id="placeholders-title" className="text-lg font-semibold">
          {t("title", { count })}
        </h2>
        <p className="text-sm text-slate-700">{t("intro")}</p>
      </div>
      {groups.map((group) => (
        <div key={group.action.id} className="space-y-3">
          <h3 className="font-semibold">
            {group.action.number} · {group.action.title}{" "}
            <span className="font-normal text-slate-700">
              ({format.dateTimeRange(group.action.startDate, group.action.endDate, { dateStyle: "short", timeZone: "UTC" })})
            </span>
          </h3>
          <ul className="space-y-3">
            {group.seats.map((seat) => (
              <li key={seat.id} className="rounded-lg bg-white p-4 shadow-sm" data-testid="placeholder-seat">
                <p className="mb-2 font-medium">{seat.label}</p>
                <PlaceholderSeatForm seat={seat} candidates={group.candidates} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
