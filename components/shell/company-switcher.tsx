"use client";

import { useTranslations } from "next-intl";
import { selectCompany } from "@/lib/auth/select-company-action";
import { GROUP_VIEW_CHOICE } from "@/lib/auth/group-view-choice";
import type { CompanySummary } from "@/lib/auth/require-contact";
import { Button } from "../ui/button";
import { useActionForm } from "../ui/use-action-form";

/** The header's compact choice of the company shown (or the whole group); a refusal under it. */
export function CompanySwitcher({ companies, currentId }: { companies: CompanySummary[]; currentId: string }) {
  const t = useTranslations();
  const form = useActionForm(selectCompany, { errors: "errors" });
  const error = form.allErrors.join(" ");
  return (
    <form action={form.action} className="flex items-end gap-2">
      <div>
        <label htmlFor="companyId" className="block text-xs font-medium text-slate-600">
          {t("companySwitcher.label")}
        </label>
        <select
          id="companyId"
          name="companyId"
          defaultValue={currentId}
          aria-describedby={error ? "companyId-error" : undefined}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        >
          <option value={GROUP_VIEW_CHOICE}>{t("companySwitcher.group")}</option>
          {companies.map((company) => (
            <option key={company.id} value={company.id}>
              {company.name}
            </option>
          ))}
        </select>
        {error && (
          <p id="companyId-error" className="text-xs text-red-700">
            {error}
          </p>
        )}
      </div>
      <Button type="submit" variant="secondary" disabled={form.pending} className="py-1">
        {t("companySwitcher.submit")}
      </Button>
    </form>
  );
}
