import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CompanyForm } from "@/components/admin/company-form";
import { requireStaff } from "@/lib/auth/require-staff";
import { listCentreOptions } from "@/lib/crm/list-centre-options";
import { Card } from "@/components/ui/card";

export default async function NewCompanyPage() {
  const staff = await requireStaff();
  const [centres, t] = await Promise.all([listCentreOptions({ staff }), getTranslations("companies")]);
  return (
    <div className="max-w-xl space-y-4">
      <Link href="/admin/entreprises" className="text-sm underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("new")}</h1>
      <Card padding="lg">
        <CompanyForm centres={centres} />
      </Card>
    </div>
  );
}
