import { Star } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { ModuleSatisfaction } from "@/lib/catalogue/module-satisfaction";
import { formatPercent } from "@/lib/format/format";

/** A module's published satisfaction rate and number of answers (indicator 2); nothing when it has none to show. */
export async function SatisfactionRate({ satisfaction }: { satisfaction: ModuleSatisfaction | undefined }) {
  if (!satisfaction) return null;
  const t = await getTranslations("catalogue");
  return (
    <p className="flex items-center gap-1.5 text-sm text-slate-700" data-testid="module-satisfaction">
      <Star aria-hidden="true" className="size-4 fill-amber-400 text-amber-600" />
      <span>
        {t.rich("satisfaction", {
          rate: formatPercent(Math.round(satisfaction.rate * 100) / 100, "fr", { plainSpaces: true }),
          count: satisfaction.answers,
          strong: (chunks) => <strong className="font-semibold text-slate-900">{chunks}</strong>,
        })}
      </span>
    </p>
  );
}
