import { getTranslations } from "next-intl/server";
import type { CatalogueSession } from "@/lib/catalogue/list-catalogue";
import { addToCart } from "@/lib/catalogue/cart-actions";
import { formatDateSpan, formatMoney } from "@/lib/format/format";
import { Button } from "../ui/button";
import { ButtonForm } from "@/components/ui/button-form";

/** Upcoming INTER sessions of a module: dates, place, seats left, price, and for a contact the cart button. */
export async function SessionList({ sessions, asContact }: { sessions: CatalogueSession[]; asContact: boolean }) {
  const t = await getTranslations("catalogue");
  if (sessions.length === 0) return <p className="text-sm text-slate-600">{t("noSession")}</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
      {sessions.map((session) => (
        <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 p-3" data-testid="session">
          <div className="text-sm">
            <p className="font-medium">{formatDateSpan(session.startDate, session.endDate)}</p>
            <p className="text-slate-600">
              {session.place ?? t(`modes.${session.mode}`)}
              {session.city && session.place && !session.place.includes(session.city) ? ` (${session.city})` : ""}
            </p>
          </div>
          <div className="text-sm">
            <p data-testid="session-price" className="font-semibold">
              {t("perParticipant", { price: formatMoney(session.unitPriceCents, "fr", { plainSpaces: true }) })}
            </p>
            <p className={session.seatsLeft === 0 ? "text-red-700" : "text-slate-600"}>
              {session.seatsLeft === 0 ? t("full") : t("seatsLeft", { count: session.seatsLeft })}
            </p>
          </div>
          {asContact && (
            <ButtonForm action={addToCart} errors="catalogue.errors">
              <input type="hidden" name="actionId" value={session.id} />
              <Button type="submit" variant={session.seatsLeft === 0 ? "secondary" : "primary"}>
                {t("enrolInter")}
              </Button>
            </ButtonForm>
          )}
        </li>
      ))}
    </ul>
  );
}
