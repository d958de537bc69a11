import Link from "next/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { ButtonForm } from "@/components/ui/button-form";
import { NewParticipantForm } from "@/components/catalogue/new-participant-form";
import { ValidateCartForm } from "@/components/catalogue/validate-cart-form";
import { Button } from "@/components/ui/button";
import { addCartParticipant, removeCartParticipant, removeFromCart } from "@/lib/catalogue/cart-actions";
import { readCart } from "@/lib/catalogue/cart-cookie";
import { getCart } from "@/lib/catalogue/get-cart";
import { requireCatalogueContact } from "@/lib/catalogue/get-catalogue-viewer";
import { searchCompanyParticipants } from "@/lib/catalogue/search-company-participants";
import { formatDateSpan, formatMoney } from "@/lib/format/format";
import { pageQuery, textFilter } from "@/lib/http/request-params";
import { Card } from "@/components/ui/card";

export async function generateMetadata() {
  const t = await getTranslations("catalogue.cart");
  return { title: t("title") };
}

export default async function CartPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const context = await requireCatalogueContact();
  const [t, { q }] = await Promise.all([getTranslations("catalogue.cart"), pageQuery(searchParams, z.object({ q: textFilter(100) }))]);
  const cart = await getCart({ context, cart: await readCart(context) });
  const choices = await searchCompanyParticipants({ context, q, take: 15 });
  const peopleCount = cart.lines.reduce((sum, line) => sum + line.participants.length + line.newParticipants.length, 0);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-700">{t("intro", { company: context.company.name })}</p>
      {cart.lines.length === 0 && (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          {t("empty")}{" "}
          <Link href="/catalogue" className="font-semibold underline">
            {t("browse")}
          </Link>
        </p>
      )}
      {cart.lines.length > 0 && (
        <Card as="form" padding="sm" className="flex flex-wrap items-end gap-3" role="search">
          <div className="min-w-64 flex-1 space-y-1">
            <label htmlFor="participant-search" className="block text-sm font-medium">
              {t("searchParticipants")}
            </label>
            <input
              id="participant-search"
              name="q"
              type="search"
              defaultValue={q}
              className="block w-full rounded-md border border-slate-300 px-3 py-2"
            />
          </div>
          <button className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold">{t("searchSubmit")}</button>
        </Card>
      )}
      {cart.lines.map((line) => (
        <Card as="section" className="space-y-4" key={line.actionId} aria-labelledby={`line-${line.actionId}`} data-testid="cart-line">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <h2 id={`line-${line.actionId}`} className="font-semibold">
                {line.title}
              </h2>
              <p className="text-sm text-slate-600">
                {formatDateSpan(line.startDate, line.endDate)} · {line.place} · {line.number}
              </p>
              <p className="text-sm">
                {t("unitPrice", { price: formatMoney(line.unitPriceCents, "fr", { plainSpaces: true }) })} ·{" "}
                <span className={line.seatsLeft === 0 ? "text-red-700" : ""}>{t("seatsLeft", { count: line.seatsLeft })}</span>
              </p>
            </div>
            <ButtonForm errors="catalogue.errors" action={removeFromCart}>
              <input type="hidden" name="actionId" value={line.actionId} />
              <Button type="submit" variant="secondary">
                {t("removeSession")}
              </Button>
            </ButtonForm>
          </div>
          <div>
            <h3 className="text-sm font-semibold">{t("chosen")}</h3>
            {line.participants.length + line.newParticipants.length === 0 && <p className="text-sm text-slate-600">{t("noneChosen")}</p>}
            <ul className="mt-1 space-y-1" aria-label={t("chosen")}>
              {line.participants.map((participant) => (
                <li key={participant.id} className="flex items-center justify-between gap-2 rounded bg-slate-50 px-3 py-1 text-sm">
                  <span>
                    {participant.firstName} {participant.lastName} <span className="text-slate-600">{participant.email}</span>
                  </span>
                  <ButtonForm errors="catalogue.errors" action={removeCartParticipant}>
                    <input type="hidden" name="actionId" value={line.actionId} />
                    <input type="hidden" name="participantId" value={participant.id} />
                    <button
                      className="text-sm underline"
                      aria-label={t("removeNamed", { name: `${participant.firstName} ${participant.lastName}` })}
                    >
                      {t("remove")}
                    </button>
                  </ButtonForm>
                </li>
              ))}
              {line.newParticipants.map((person, index) => (
                <li key={`new-${index}`} className="flex items-center justify-between gap-2 rounded bg-sky-50 px-3 py-1 text-sm">
                  <span>
                    {person.firstName} {person.lastName} <span className="text-slate-600">{person.email}</span>{" "}
                    <span className="rounded bg-sky-200 px-1 text-xs">{t("new")}</span>
                  </span>
                  <ButtonForm errors="catalogue.errors" action={removeCartParticipant}>
                    <input type="hidden" name="actionId" value={line.actionId} />
                    <input type="hidden" name="newIndex" value={index} />
                    <button className="text-sm underline" aria-label={t("removeNamed", { name: `${person.firstName} ${person.lastName}` })}>
                      {t("remove")}
                    </button>
                  </ButtonForm>
                </li>
              ))}
            </ul>
          </div>
          <details open={line.participants.length + line.newParticipants.length === 0 || Boolean(q)}>
            <summary className="cursor-pointer text-sm font-semibold">{t("addExisting")}</summary>
            {choices.length === 0 && <p className="mt-2 text-sm text-slate-600">{t("noMatch")}</p>}
            <ul className="mt-2 grid gap-1 sm:grid-cols-2">
              {choices
                .filter((choice) => !line.participants.some((participant) => participant.id === choice.id))
                .map((choice) =>
                  line.enrolledIds.includes(choice.id) ? (
                    <li
                      key={choice.id}
                      className="flex items-center justify-between gap-2 rounded border border-slate-100 px-3 py-1 text-sm text-slate-600"
                    >
                      <span>
                        {choice.firstName} {choice.lastName}
                      </span>
                      <span>{t("alreadyEnrolled")}</span>
                    </li>
                  ) : (
                    <li key={choice.id}>
                      <ButtonForm
                        errors="catalogue.errors"
                        action={addCartParticipant}
                        className="flex items-center justify-between gap-2 rounded border border-slate-200 px-3 py-1 text-sm"
                      >
                        <input type="hidden" name="actionId" value={line.actionId} />
                        <input type="hidden" name="participantId" value={choice.id} />
                        <span>
                          {choice.firstName} {choice.lastName}
                          {choice.jobTitle ? <span className="text-slate-600"> · {choice.jobTitle}</span> : null}
                        </span>
                        <button
                          className="font-semibold underline"
                          aria-label={t("addNamed", { name: `${choice.firstName} ${choice.lastName}` })}
                        >
                          {t("add")}
                        </button>
                      </ButtonForm>
                    </li>
                  ),
                )}
            </ul>
          </details>
          <details>
            <summary className="cursor-pointer text-sm font-semibold">{t("newParticipant")}</summary>
            <div className="mt-2">
              <NewParticipantForm actionId={line.actionId} />
            </div>
          </details>
          <p className="text-right text-sm font-semibold">
            {t("subtotal", { price: formatMoney(line.subtotalCents, "fr", { plainSpaces: true }) })}
          </p>
        </Card>
      ))}
      {cart.lines.length > 0 && (
        <Card as="section" className="space-y-3" aria-labelledby="total-title">
          <h2 id="total-title" className="text-lg font-semibold" data-testid="cart-total">
            {t("total", { price: formatMoney(cart.totalCents, "fr", { plainSpaces: true }), count: peopleCount })}
          </h2>
          <ValidateCartForm disabled={peopleCount === 0} />
        </Card>
      )}
    </div>
  );
}
