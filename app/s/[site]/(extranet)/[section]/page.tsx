import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/components/shell/coming-soon";
import { requireContact } from "@/lib/auth/require-contact";
import { EXTRANET_SECTIONS, findSection } from "@/lib/navigation/sections";

// Sections that have no page of their own yet; a section's own page (a static segment) takes precedence.
export default async function ExtranetSectionPage({ params }: { params: Promise<{ section: string }> }) {
  await requireContact();
  const section = findSection(EXTRANET_SECTIONS, `/${(await params).section}`);
  if (!section) notFound();
  const t = await getTranslations("nav");
  return <ComingSoon section={t(section.key)} />;
}
