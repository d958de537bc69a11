import Link from "next/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { ContactForm } from "@/components/admin/contact-form";
import { requireStaff } from "@/lib/auth/require-staff";
import { getInviteDefault } from "@/lib/settings/get-invite-default";
import { listCompanyOptions } from "@/lib/crm/list-company-options";
import { idFilter, pageQuery } from "@/lib/http/request-params";
import { Card } from "@/components/ui/card";

export default async function NewContactPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff();
  const [{ companies }, inviteChecked, t, { entreprise }] = await Promise.all([
    listCompanyOptions({ staff }),
    getInviteDefault({ staff }),
    getTranslations("contacts"),
    pageQuery(searchParams, z.object({ entreprise: idFilter })),
  ]);
  return (
    <div className="max-w-xl space-y-4">
      <Link href="/admin/contacts" className="text-sm underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("new")}</h1>
      <Card padding="lg">
        <ContactForm companies={companies} defaultCompanyId={entreprise} inviteChecked={inviteChecked} />
      </Card>
    </div>
  );
}
