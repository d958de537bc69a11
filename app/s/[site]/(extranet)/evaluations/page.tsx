import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireContact } from "@/lib/auth/require-contact";
import { listCompanyEvaluations } from "@/lib/evaluations/list-company-evaluations";
import { companyScope } from "@/lib/tenancy/company-scope";

export async function generateMetadata() {
  return { title: (await getTranslations("evaluations.extranet"))("title") };
}

export default async function CompanyEvaluationsPage() {
  const context = await requireContact();
  const [{ toAnswer, answered }, t, format] = await Promise.all([
    listCompanyEvaluations({ scope: companyScope(context) }),
    getTranslations("evaluations.extranet"),
    getFormatter(),
  ]);
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "long" }) : "");
  const section = (title: string, rows: typeof toAnswer, empty: string, answeredList: boolean) => (
    <section aria-labelledby={`${answeredList ? "answered" : "to-answer"}-title`} className="space-y-3">
      <h2 id={`${answeredList ? "answered" : "to-answer"}-title`} className="text-lg font-semibold">
        {title} ({rows.length})
      </h2>
      {rows.length === 0 ? (
        <p className="rounded-xl bg-white p-5 text-slate-600 shadow-sm">{empty}</p>
      ) : (
        <ul
          className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm"
          data-testid={answeredList ? "answered-list" : "to-answer-list"}
        >
          {rows.map((send) => (
            <li key={send.id} className="flex flex-wrap items-center justify-between gap-2 px-5 py-3">
              <div>
                <p className="font-medium">{send.version.template.title}</p>
                <p className="text-sm text-slate-600">
                  {send.action.number} — {send.action.title} ·{" "}
                  {answeredList ? t("answeredOn", { date: date(send.answeredAt) }) : t("sentOn", { date: date(send.sentAt) })}
                </p>
              </div>
              <Link
                href={`/evaluations/${send.id}`}
                className={
                  answeredList
                    ? "text-sm font-semibold underline"
                    : "rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast"
                }
              >
                {answeredList ? t("see") : t("answerNow")}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-600">{t("intro")}</p>
        <Link href="/evaluations/resultats" className="mt-2 inline-block text-sm font-semibold underline">
          {t("results")}
        </Link>
      </div>
      {section(t("toAnswer"), toAnswer, t("noneToAnswer"), false)}
      {section(t("answered"), answered, t("noneAnswered"), true)}
    </div>
  );
}
