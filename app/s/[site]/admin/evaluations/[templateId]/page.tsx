import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { ActionForm, type FieldSpec } from "@/components/ui/action-form";
import { requireStaff } from "@/lib/auth/require-staff";
import { addQuestionAction, editQuestionAction, removeQuestionAction } from "@/lib/evaluations/evaluation-actions";
import { getTemplate } from "@/lib/evaluations/list-templates";
import { QUESTION_KINDS, type Question } from "@/lib/evaluations/questions";
import { idParam, pageParams } from "@/lib/http/request-params";

export default async function AdminEvaluationTemplatePage({ params }: { params: Promise<unknown> }) {
  const staff = await requireStaff();
  const { templateId } = await pageParams(params, z.object({ templateId: idParam }));
  const [template, t] = await Promise.all([
    getTemplate({ organizationId: staff.organizationId, templateId }),
    getTranslations("evaluations"),
  ]);
  if (!template) notFound();
  const questionFields = (question?: Question): FieldSpec[] => [
    { type: "hidden", name: "templateId", value: template.id },
    ...(question ? [{ type: "hidden" as const, name: "questionId", value: question.id }] : []),
    { type: "text", name: "label", label: t("fields.label"), defaultValue: question?.label, required: true, maxLength: 300 },
    {
      type: "select",
      name: "kind",
      label: t("fields.questionKind"),
      defaultValue: question?.kind,
      options: QUESTION_KINDS.map((kind) => ({ value: kind, label: t(`questionKind.${kind}`) })),
    },
    { type: "text", name: "choices", label: t("fields.choices"), defaultValue: question?.choices?.join(" ; "), maxLength: 1600 },
    { type: "checkbox", name: "required", label: t("fields.required"), defaultChecked: question?.required ?? true },
  ];
  return (
    <div className="space-y-6">
      <Link href="/admin/evaluations" className="text-sm underline">
        ← {t("back")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{template.title}</h1>
        <p className="text-slate-600">
          {t(`kind.${template.kind}`)} · {t("version", { version: template.currentVersion })}
        </p>
        <p className="mt-1 text-sm text-slate-600">{t("versionNote")}</p>
      </div>
      <section aria-labelledby="questions-title" className="space-y-3">
        <h2 id="questions-title" className="text-lg font-semibold">
          {t("questions")}
        </h2>
        {template.questions.length === 0 && <p className="rounded-xl bg-white p-5 text-slate-600 shadow-sm">{t("noQuestions")}</p>}
        <ol className="space-y-3" data-testid="question-list">
          {template.questions.map((question, index) => (
            <li key={question.id} className="rounded-xl bg-white p-5 shadow-sm">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">
                    {index + 1}. {question.label}
                  </span>{" "}
                  <span className="text-sm text-slate-600">
                    — {t(`questionKind.${question.kind}`)}
                    {question.required && ` · ${t("required")}`}
                    {question.choices && ` · ${question.choices.join(", ")}`}
                  </span>
                </summary>
                <div className="mt-4 space-y-3">
                  <ActionForm
                    action={editQuestionAction}
                    testId={`edit-${question.id}`}
                    submitLabel={t("save")}
                    fields={questionFields(question)}
                  />
                  <ActionForm
                    action={removeQuestionAction}
                    testId={`remove-${question.id}`}
                    submitLabel={t("remove")}
                    confirm={{ title: t("removeConfirm"), description: t("removeConfirmBody"), confirmLabel: t("remove") }}
                    fields={[
                      { type: "hidden", name: "templateId", value: template.id },
                      { type: "hidden", name: "questionId", value: question.id },
                    ]}
                  />
                </div>
              </details>
            </li>
          ))}
        </ol>
        <div className="rounded-xl bg-white p-5 shadow-sm">
          <h3 className="mb-3 font-semibold">{t("addQuestion")}</h3>
          <ActionForm action={addQuestionAction} testId="add-question" submitLabel={t("add")} fields={questionFields()} />
        </div>
      </section>
    </div>
  );
}
