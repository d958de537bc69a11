import { getTranslations } from "next-intl/server";

/** Shown on every extranet page while a staff member previews a company's extranet. */
export async function PreviewBanner({ company }: { company: string }) {
  const t = await getTranslations("preview");
  return (
    <div role="status" data-testid="preview-banner" className="border-b-2 border-amber-500 bg-amber-100 px-4 py-2 text-sm text-amber-950">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2">
        <p>
          <strong>{t("title")}</strong> — {t("description", { company })}
        </p>
        <form method="post" action="/apercu/quitter">
          <button type="submit" className="rounded-md border border-amber-700 px-3 py-1 font-medium hover:bg-amber-200">
            {t("leave")}
          </button>
        </form>
      </div>
    </div>
  );
}
