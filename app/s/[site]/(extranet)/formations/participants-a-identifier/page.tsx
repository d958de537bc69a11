import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { PlaceholderSeatsPanel } from "@/components/placeholders/placeholder-seats-panel";
import { requireContact } from "@/lib/auth/require-contact";
import { idFilter, pageQuery } from "@/lib/http/request-params";

export default async function PlaceholderSeatsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const context = await requireContact();
  const { action } = await pageQuery(searchParams, z.object({ action: idFilter }));
  const t = await getTranslations("placeholders");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("pageTitle")}</h1>
      <PlaceholderSeatsPanel context={context} actionId={action} showEmpty />
    </div>
  );
}
