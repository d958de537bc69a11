import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Says which filter narrows the list (e.g. opened from the admin home) and how to see everything again. */
export async function ActiveFilter({ label, clearHref }: { label: string; clearHref: string }) {
  const t = await getTranslations("admin.workQueue");
  return (
    <p
      className="flex flex-wrap items-center gap-3 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm"
      data-testid="active-filter"
    >
      <span>
        <span className="text-slate-600">{t("filteredBy")}</span> <strong>{label}</strong>
      </span>
      <Link href={clearHref} className="font-medium underline underline-offset-4">
        {t("clearFilter")}
      </Link>
    </p>
  );
}
