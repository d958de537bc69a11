"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { publicAction } from "../actions/define-action";
import { LOCALES, LOCALE_COOKIE } from "./locales";

export const selectLocale = publicAction(z.object({ locale: z.enum(LOCALES) }), async ({ locale }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
});
