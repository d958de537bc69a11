import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous / next links that keep the other query parameters. */
export async function Pagination({
  basePath,
  page,
  pageCount,
  params,
}: {
  basePath: string;
  page: number;
  pageCount: number;
  params: Record<string, string | undefined>;
}) {
  const t = await getTranslations("companies");
  if (pageCount <= 1) return null;
  const href = (target: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...params, page: String(target) }).filter((entry): entry is [string, string] => Boolean(entry[1])),
    );
    return `${basePath}?${query}`;
  };
  const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100";
  return (
    <nav aria-label={t("pagination")} className="flex items-center gap-3">
      {page > 1 && (
        <Link className={linkClass} href={href(page - 1)}>
          {t("previous")}
        </Link>
      )}
      <span className="text-sm text-slate-700">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount && (
        <Link className={linkClass} href={href(page + 1)}>
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
