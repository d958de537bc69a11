"use client";

import { useTranslations } from "next-intl";

/** Translates the message keys an action returns (catalogue.errors.*), with a generic fallback. */
export function useErrorText() {
  const t = useTranslations("catalogue.errors");
  return (key: string) => (t.has(key) ? t(key) : t("generic"));
}
