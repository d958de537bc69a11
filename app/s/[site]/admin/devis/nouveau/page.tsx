import Link from "next/link";
import { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { QuoteForm } from "@/components/quotes/quote-form";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { requireStaff } from "@/lib/auth/require-staff";
import { formatMoney } from "@/lib/format/format";
import { idFilter, pageQuery } from "@/lib/http/request-params";
import { getQuoteFormChoices } from "@/lib/quotes/get-quote-form-choices";
import { QUOTE_FORM_LINES } from "@/lib/quotes/quote-form-lines";
import { utcToday } from "@/lib/trainings/utc-today";

/** A quote is valid 30 days unless staff say otherwise. */
const DEFAULT_VALIDITY_DAYS = 30;

export default async function NewQuotePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff();
  const { entreprise, demande } = await pageQuery(searchParams, z.object({ entreprise: idFilter, demande: idFilter }));
  const [choices, t, locale] = await Promise.all([
    getQuoteFormChoices({ staff, companyId: entreprise, intraRequestId: demande }),
    getTranslations("quotes"),
    getLocale(),
  ]);
  const validUntil = new Date(utcToday().getTime() + DEFAULT_VALIDITY_DAYS * 86_400_000).toISOString().slice(0, 10);
  return (
    <div className="space-y-6">
      <Link href="/admin/devis" className="text-sm text-slate-700 underline">
        {t("admin.back")}
      </Link>
      <h1 className="text-2xl font-semibold">{choices.company ? t("admin.newFor", { company: choices.company.name }) : t("admin.new")}</h1>
      {choices.request && <p className="text-sm text-slate-700">{t("admin.fromRequest")}</p>}
      <Card as="form" method="get" className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <SelectField
            name="entreprise"
            label={t("form.company")}
            options={choices.companies.map((company) => ({ value: company.id, label: company.name }))}
            defaultValue={choices.company?.id ?? ""}
            placeholder={t("form.choose")}
          />
        </div>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold">
          {t("form.chooseCompany")}
        </button>
      </Card>
      {choices.company && (
        <Card>
          <QuoteForm
            companyId={choices.company.id}
            intraRequestId={choices.request?.id ?? null}
            lineCount={QUOTE_FORM_LINES}
            contacts={choices.contacts.map((contact) => ({
              value: contact.id,
              label: [`${contact.firstName} ${contact.lastName}`, contact.jobTitle].filter(Boolean).join(" — "),
            }))}
            items={choices.items.map((item) => ({
              value: item.id,
              kind: item.kind,
              label: `${item.label} · ${formatMoney(item.unitPriceCents, locale)} ${t("form.exclTax")}`,
            }))}
            defaults={{
              type: choices.request ? "INTRA" : "INTER",
              validUntil,
              conditions: t("form.defaultConditions"),
              participantCount: choices.request?.participantCount ?? 1,
              item0: choices.request?.item0,
              quantity0: 1,
            }}
          />
        </Card>
      )}
    </div>
  );
}
