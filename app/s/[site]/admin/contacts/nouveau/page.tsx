import Link from "next/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { ContactForm } from "@/components/admin/contact-form";
import { requireStaff } from "@/lib/auth/require-staff";
import { getInviteDefault } from "@/lib/settings/get-invite-default";
import { companyChoice } from "@/lib/crm/company-choices";
import { idFilter, pageQuery } from "@/lib/http/request-params";
import { Card } from "@/components/ui/card";

export default async function NewContactPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff();
  const { entreprise } = await pageQuery(searchParams, z.object({ entreprise: idFilter }));
  const [company, inviteChecked, t] = await Promise.all([
    companyChoice({ staff, companyId: entreprise }),
    getInviteDefault({ staff }),
    getTranslations("contacts"),
  ]);
  return (
    <div className="max-w-xl space-y-4">
      <Link href="/admin/contacts" className="text-sm underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("new")}</h1>
      <Card padding="lg">
        <ContactForm company={company} inviteChecked={inviteChecked} />
      </Card>
    </div>
  );
}
