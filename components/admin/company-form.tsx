import { getTranslations } from "next-intl/server";
import { saveCompanyAction } from "@/lib/crm/crm-actions";
import type { CompanyDetail } from "@/lib/crm/get-company-detail";
import { ActionForm } from "@/components/ui/action-form";

export async function CompanyForm({ company, centres }: { company?: CompanyDetail; centres: { id: string; legalName: string }[] }) {
  const t = await getTranslations("companies");
  return (
    <ActionForm
      action={saveCompanyAction}
      testId="company-form"
      submitLabel={company ? t("save") : t("create")}
      fields={[
        ...(company ? [{ type: "hidden" as const, name: "id", value: company.id }] : []),
        { type: "text", name: "name", label: t("name"), defaultValue: company?.name, required: true, autoComplete: "organization" },
        {
          type: "select",
          name: "centreId",
          label: t("centre"),
          defaultValue: company?.centreId ?? "",
          options: [{ value: "", label: t("noCentre") }, ...centres.map((centre) => ({ value: centre.id, label: centre.legalName }))],
        },
        {
          // A parent is a company without a parent of its own (one level), never the company itself.
          type: "company",
          name: "parentId",
          label: t("parent"),
          hint: t("parentHint"),
          initial: company?.parentChoice ?? null,
          parentsOnly: true,
          excludeId: company?.id,
        },
        {
          type: "checkbox",
          name: "isIndividual",
          label: t("isIndividual"),
          defaultChecked: company?.isIndividual ?? false,
          hint: t("isIndividualHint"),
        },
        { type: "text", name: "siret", label: t("siret"), defaultValue: company?.siret, autoComplete: "off" },
        { type: "email", name: "email", label: t("email"), defaultValue: company?.email, autoComplete: "off" },
        { type: "text", name: "phone", label: t("phone"), defaultValue: company?.phone, autoComplete: "off" },
        { type: "text", name: "city", label: t("city"), defaultValue: company?.city, autoComplete: "off" },
      ]}
    />
  );
}
