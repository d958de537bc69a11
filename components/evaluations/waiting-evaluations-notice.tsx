import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ContactContext } from "@/lib/auth/require-contact";
import { countWaitingCompanyEvaluations } from "@/lib/evaluations/list-company-evaluations";
import { companyScope } from "@/lib/tenancy/company-scope";

/** On the dashboard: the company questionnaires waiting for an answer, when there are any. */
export async function WaitingEvaluationsNotice({ context }: { context: ContactContext }) {
  const [count, t] = await Promise.all([
    countWaitingCompanyEvaluations({ scope: companyScope(context) }),
    getTranslations("evaluations.extranet"),
  ]);
  if (count === 0) return null;
  return (
    <p className="rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-amber-900" data-testid="waiting-evaluations">
      <Link href="/evaluations" className="font-semibold underline">
        {t("dashboardWaiting", { count })}
      </Link>
    </p>
  );
}
