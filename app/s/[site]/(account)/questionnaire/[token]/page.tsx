import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/ui/auth-card";
import { QuestionnaireForm } from "@/components/evaluations/questionnaire-form";
import { db } from "@/lib/db";
import { answerByLinkAction } from "@/lib/evaluations/evaluation-actions";
import { openQuestionnaireByToken } from "@/lib/evaluations/open-questionnaire";
import { getCurrentSite } from "@/lib/tenancy/get-current-site";

export async function generateMetadata() {
  return { title: (await getTranslations("evaluations.answer"))("title") };
}

// A participant's personal link: no account. Expired, used or unknown says so, and offers nothing else.
export default async function QuestionnairePage({ params }: { params: Promise<unknown> }) {
  const [site, t] = await Promise.all([getCurrentSite(), getTranslations("evaluations.answer")]);
  const parsed = z.object({ token: z.string().max(200) }).safeParse(await params);
  const found = await openQuestionnaireByToken({ db, site, token: parsed.success ? parsed.data.token : "" });
  if ("closed" in found) {
    return (
      <AuthCard branding={site.branding} title={t("closedTitle")}>
        <p className="text-slate-700" data-testid="questionnaire-closed">
          {t(`closed.${found.closed}`)}
        </p>
      </AuthCard>
    );
  }
  const { open } = found;
  return (
    <AuthCard branding={site.branding} title={open.title}>
      <p className="mb-4 text-slate-700">{t("intro", { action: open.actionTitle })}</p>
      <QuestionnaireForm
        action={answerByLinkAction}
        hidden={{ token: parsed.success ? parsed.data.token : "" }}
        questions={open.questions}
      />
    </AuthCard>
  );
}
