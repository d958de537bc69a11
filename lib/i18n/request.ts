import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale } from "./locales";

// French first; English when the visitor chose it (the choice is a cookie, not a URL prefix, because the
// hostname already carries the tenant and white-label addresses should stay short).
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : DEFAULT_LOCALE;
  return {
    locale,
    timeZone: "Europe/Paris",
    messages: (await import(`../../messages/${locale}/index`)).default,
  };
});
