import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { getTranslations } from "next-intl/server";

/** Previous / next links of a paged list, keeping its other query parameters (empty ones dropped). */
export async function Pagination({
  path,
  page,
  pageCount,
  params = {},
}: {
  path: string;
  page: number;
  pageCount: number;
  params?: Record<string, string | undefined>;
}) {
  const t = await getTranslations("pagination");
  if (pageCount <= 1) return null;
  const href = (target: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...params, page: String(target) }).filter((entry): entry is [string, string] => Boolean(entry[1])),
    );
    return `${path}?${query}`;
  };
  const linkClass = "inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:border-brand";
  return (
    <nav aria-label={t("label")} className="flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link className={linkClass} href={href(page - 1)} rel="prev">
          <ChevronLeft aria-hidden="true" className="size-4" />
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700">{t("position", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link className={linkClass} href={href(page + 1)} rel="next">
          {t("next")}
          <ChevronRight aria-hidden="true" className="size-4" />
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
