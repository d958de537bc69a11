"use client";

import { useTranslations } from "next-intl";
import { passwordChecks, passwordStrength } from "@/lib/accounts/password-policy";

const BAR_COLOURS = ["bg-red-600", "bg-orange-500", "bg-amber-500", "bg-lime-600", "bg-green-700"];

/** The strength hint under a new password: a bar, a word and the rules still missing. */
export function PasswordStrength({ password, id }: { password: string; id: string }) {
  const t = useTranslations("passwordHint");
  const strength = passwordStrength(password);
  const checks = passwordChecks(password);
  return (
    <div id={id} className="space-y-1 text-sm" aria-live="polite">
      <div className="flex gap-1" aria-hidden="true">
        {[0, 1, 2, 3].map((step) => (
          <span
            key={step}
            className={`h-1.5 flex-1 rounded ${password && step < Math.max(1, strength) ? BAR_COLOURS[strength] : "bg-slate-200"}`}
          />
        ))}
      </div>
      {password && <p className="font-medium text-slate-800">{t(`level${strength}`)}</p>}
      <ul className="grid gap-x-4 text-slate-700 sm:grid-cols-2">
        {(Object.keys(checks) as (keyof typeof checks)[]).map((rule) => (
          <li key={rule} className={checks[rule] ? "text-green-800" : ""}>
            <span aria-hidden="true">{checks[rule] ? "✓ " : "○ "}</span>
            {t(rule)}
            <span className="sr-only">{checks[rule] ? t("met") : t("missing")}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
