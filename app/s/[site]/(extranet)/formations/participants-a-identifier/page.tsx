import { getTranslations } from "next-intl/server";
import { PlaceholderSeatsPanel } from "@/components/placeholders/placeholder-seats-panel";
import { requireContact } from "@/lib/auth/require-contact";

export default async function PlaceholderSeatsPage({ searchParams }: { searchParams: Promise<{ action?: string }> }) {
  const context = await requireContact();
  const { action } = await searchParams;
  const t = await getTranslations("placeholders");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("pageTitle")}</h1>
      <PlaceholderSeatsPanel context={context} actionId={action || undefined} showEmpty />
    </div>
  );
}
