"use client";

import { useLocale, useTranslations } from "next-intl";
import { selectLocale } from "@/lib/i18n/select-locale-action";
import { LOCALES } from "@/lib/i18n/locales";
import { useActionForm } from "../ui/use-action-form";

/** One button per language; the action sets the cookie, and the page re-renders in it. */
export function LocaleSwitcher() {
  const t = useTranslations("common");
  const current = useLocale();
  const { action } = useActionForm(selectLocale);
  return (
    <form action={action} className="flex gap-1" aria-label={t("language")}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          name="locale"
          value={locale}
          aria-pressed={locale === current}
          lang={locale}
          className="rounded px-2 py-1 text-xs font-semibold text-slate-600 uppercase hover:bg-slate-200 aria-pressed:bg-slate-800 aria-pressed:text-white"
          title={t(`languages.${locale}`)}
        >
          {locale}
        </button>
      ))}
    </form>
  );
}
