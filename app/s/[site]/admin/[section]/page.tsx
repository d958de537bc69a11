import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/components/shell/coming-soon";
import { requireStaff } from "@/lib/auth/require-staff";
import { ADMIN_SECTIONS, findSection } from "@/lib/navigation/sections";

// Sections of /admin that have no page of their own yet.
export default async function AdminSectionPage({ params }: { params: Promise<{ section: string }> }) {
  await requireStaff();
  const section = findSection(ADMIN_SECTIONS, `/admin/${(await params).section}`);
  if (!section) notFound();
  const t = await getTranslations("admin.nav");
  return <ComingSoon section={t(section.key)} />;
}
