import { getTranslations } from "next-intl/server";
import type { ContactContext } from "@/lib/auth/require-contact";

/** The group view's company filter of a list's search form (`entreprise`); nothing outside the group view. */
export async function CompanyFilter({
  context,
  selected,
  className = "mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm",
}: {
  context: Pick<ContactContext, "groupView" | "companies">;
  selected?: string;
  className?: string;
}) {
  if (!context.groupView) return null;
  const t = await getTranslations("groupView");
  return (
    <label className="text-sm font-medium">
      {t("company")}
      <select name="entreprise" defaultValue={selected ?? ""} className={className}>
        <option value="">{t("allCompanies")}</option>
        {context.companies.map((company) => (
          <option key={company.id} value={company.id}>
            {company.name}
          </option>
        ))}
      </select>
    </label>
  );
}
