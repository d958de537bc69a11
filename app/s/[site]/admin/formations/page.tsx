import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonForm } from "@/components/ui/button-form";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { requireStaff } from "@/lib/auth/require-staff";
import { listStaffCompanies, listStaffModules } from "@/lib/modules/list-staff-modules";
import {
  removeCompanyPriceAction,
  setCompanyPriceAction,
  setModulePublishedAction,
  setSessionCapacityAction,
} from "@/lib/modules/module-actions";
import { formatMoney } from "@/lib/format/format";
import { Card } from "@/components/ui/card";

export async function generateMetadata() {
  const t = await getTranslations("modules");
  return { title: t("title") };
}

export default async function AdminModulesPage() {
  const staff = await requireStaff();
  const [t, modules, companies] = await Promise.all([
    getTranslations("modules"),
    listStaffModules({ staff }),
    listStaffCompanies({ staff }),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {modules.length === 0 && (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">{t("empty")}</p>
      )}
      {modules.map((module) => (
        <Card as="section" className="space-y-4" key={module.id} aria-labelledby={`module-${module.id}`} data-testid="admin-module">
          <header className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <h2 id={`module-${module.id}`} className="font-semibold">
                {module.title}
              </h2>
              <p className="text-sm text-slate-600">
                {module.code} · {module.category} ·{" "}
                {t("defaultPrice", { price: formatMoney(module.defaultPriceCents, "fr", { plainSpaces: true }) })}
              </p>
            </div>
            <ButtonForm errors="catalogue.errors" action={setModulePublishedAction} className="flex items-center gap-3">
              <input type="hidden" name="moduleId" value={module.id} />
              <input type="hidden" name="published" value={module.published ? "false" : "true"} />
              <span
                className={`rounded px-2 py-0.5 text-sm font-semibold ${module.published ? "bg-emerald-100 text-emerald-950" : "bg-slate-200 text-slate-900"}`}
              >
                {module.published ? t("published") : t("unpublished")}
              </span>
              <Button type="submit" variant="secondary">
                {module.published ? t("unpublish") : t("publish")}
              </Button>
            </ButtonForm>
          </header>

          <div className="grid gap-4 lg:grid-cols-2">
            <div className="space-y-2">
              <h3 className="text-sm font-semibold">{t("companyPrices")}</h3>
              {module.prices.length === 0 && <p className="text-sm text-slate-600">{t("noCompanyPrice")}</p>}
              <ul className="space-y-1">
                {module.prices.map((price) => (
                  <li key={price.id} className="flex items-center justify-between gap-2 rounded bg-slate-50 px-3 py-1 text-sm">
                    <span>
                      {price.companyName} · <strong>{formatMoney(price.priceCents, "fr", { plainSpaces: true })}</strong>
                    </span>
                    <ButtonForm errors="catalogue.errors" action={removeCompanyPriceAction}>
                      <input type="hidden" name="priceId" value={price.id} />
                      <button className="underline" aria-label={t("removePriceFor", { company: price.companyName })}>
                        {t("remove")}
                      </button>
                    </ButtonForm>
                  </li>
                ))}
              </ul>
              <ButtonForm
                errors="catalogue.errors"
                action={setCompanyPriceAction}
                className="grid gap-2 sm:grid-cols-3 sm:items-end"
                label={t("addPrice")}
              >
                <input type="hidden" name="moduleId" value={module.id} />
                <div className="space-y-1">
                  <label htmlFor={`company-${module.id}`} className="block text-sm font-medium">
                    {t("company")}
                  </label>
                  <select
                    id={`company-${module.id}`}
                    name="companyId"
                    className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
                  >
                    {companies.map((company) => (
                      <option key={company.id} value={company.id}>
                        {company.name}
                      </option>
                    ))}
                  </select>
                </div>
                <TextField id={`price-${module.id}`} name="price" inputMode="decimal" label={t("priceEuros")} />
                <Button type="submit" variant="secondary">
                  {t("savePrice")}
                </Button>
              </ButtonForm>
            </div>
            <div className="space-y-2">
              <h3 className="text-sm font-semibold">{t("sessions")}</h3>
              {module.sessions.length === 0 && <p className="text-sm text-slate-600">{t("noSession")}</p>}
              <ul className="space-y-2">
                {module.sessions.map((session) => (
                  <li key={session.id} className="rounded border border-slate-200 p-2 text-sm" data-testid="admin-session">
                    <p>
                      {session.startDate.toLocaleDateString("fr-FR", { timeZone: "UTC" })} ·{" "}
                      <Link href={`/admin/formations/${session.id}`} className="font-medium underline underline-offset-4">
                        {session.number}
                      </Link>{" "}
                      · {t("taken", { taken: session.taken, max: session.maxPlaces })} ·{" "}
                      <a
                        href={`/admin/formations/${session.id}/dossier-audit`}
                        className="font-medium underline underline-offset-4"
                        aria-label={t("auditPackFor", { number: session.number })}
                        download
                      >
                        {t("auditPack")}
                      </a>{" "}
                      ·{" "}
                      <a
                        href={`/admin/formations/${session.id}/emargement`}
                        className="font-medium underline underline-offset-4"
                        aria-label={t("rollCallFor", { number: session.number })}
                      >
                        {t("rollCallLink")}
                      </a>
                    </p>
                    <ButtonForm
                      errors="catalogue.errors"
                      action={setSessionCapacityAction}
                      className="mt-1 flex flex-wrap items-end gap-2"
                      label={t("capacityFor", { number: session.number })}
                    >
                      <input type="hidden" name="actionId" value={session.id} />
                      <div className="w-24">
                        <TextField
                          id={`min-${session.id}`}
                          name="minPlaces"
                          type="number"
                          min={1}
                          defaultValue={session.minPlaces}
                          label={t("minPlaces")}
                        />
                      </div>
                      <div className="w-24">
                        <TextField
                          id={`max-${session.id}`}
                          name="maxPlaces"
                          type="number"
                          min={1}
                          defaultValue={session.maxPlaces}
                          label={t("maxPlaces")}
                        />
                      </div>
                      <Button type="submit" variant="secondary">
                        {t("saveCapacity")}
                      </Button>
                    </ButtonForm>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </Card>
      ))}
    </div>
  );
}
