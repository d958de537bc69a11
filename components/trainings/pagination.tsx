import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous / next links that keep the other query parameters. */
export async function Pagination({
  page,
  pageCount,
  params,
  path,
}: {
  page: number;
  pageCount: number;
  params: Record<string, string>;
  path: string;
}) {
  const t = await getTranslations("trainings.pagination");
  if (pageCount <= 1) return null;
  const href = (target: number) => `${path}?${new URLSearchParams({ ...params, page: String(target) }).toString()}`;
  const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:border-brand";
  return (
    <nav aria-label={t("label")} className="flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link className={linkClass} href={href(page - 1)} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-600">{t("position", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link className={linkClass} href={href(page + 1)} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
