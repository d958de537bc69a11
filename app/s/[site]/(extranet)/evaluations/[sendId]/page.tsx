import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getFormatter, getTranslations } from "next-intl/server";
import { QuestionnaireForm } from "@/components/evaluations/questionnaire-form";
import { requireContact } from "@/lib/auth/require-contact";
import { db } from "@/lib/db";
import { answerCompanyAction } from "@/lib/evaluations/evaluation-actions";
import { findCompanyQuestionnaire } from "@/lib/evaluations/open-questionnaire";
import { formatAnswer } from "@/lib/evaluations/format-answer";
import { idParam, pageParams } from "@/lib/http/request-params";
import { companyScope } from "@/lib/tenancy/company-scope";

export default async function CompanyEvaluationPage({ params }: { params: Promise<unknown> }) {
  const context = await requireContact();
  const { sendId } = await pageParams(params, z.object({ sendId: idParam }));
  const [found, t, format] = await Promise.all([
    findCompanyQuestionnaire({ db, scope: companyScope(context), sendId }),
    getTranslations("evaluations"),
    getFormatter(),
  ]);
  if (!found) notFound();
  const { questionnaire, answer } = found;
  return (
    <div className="max-w-2xl space-y-4">
      <Link href="/evaluations" className="text-sm underline">
        ← {t("extranet.back")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{questionnaire.title}</h1>
        <p className="text-slate-600">{t("answer.intro", { action: questionnaire.actionTitle })}</p>
      </div>
      <div className="rounded-xl bg-white p-5 shadow-sm">
        {answer ? (
          <>
            <h2 className="mb-3 font-semibold">
              {t("extranet.yourAnswer")} · {t("extranet.answeredOn", { date: format.dateTime(answer.createdAt, { dateStyle: "long" }) })}
            </h2>
            <dl className="space-y-3" data-testid="company-answer">
              {questionnaire.questions.map((question) => (
                <div key={question.id}>
                  <dt className="font-medium">{question.label}</dt>
                  <dd className="text-slate-700">{formatAnswer(question, answer.values) ?? t("extranet.noAnswer")}</dd>
                </div>
              ))}
            </dl>
          </>
        ) : (
          <QuestionnaireForm action={answerCompanyAction} hidden={{ sendId: questionnaire.sendId }} questions={questionnaire.questions} />
        )}
      </div>
    </div>
  );
}
