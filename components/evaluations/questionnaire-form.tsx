"use client";

import { useTranslations } from "next-intl";
import type { Question } from "@/lib/evaluations/questions";
import { Button } from "../ui/button";
import { FormMessages } from "../ui/form-messages";
import { useActionForm, type FormAction } from "../ui/use-action-form";

const SCORES = { SCALE: [1, 2, 3, 4, 5], NPS: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] } as const;

/**
 * A questionnaire to answer (by a participant's link or in the extranet): one fieldset per question, the
 * errors next to their question, what was answered kept after an error; a thank-you once recorded.
 */
export function QuestionnaireForm({
  action,
  hidden,
  questions,
}: {
  action: FormAction<unknown>;
  hidden: Record<string, string>;
  questions: Question[];
}) {
  const t = useTranslations();
  const form = useActionForm(action);
  if (form.succeeded) {
    return (
      <p
        role="status"
        className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-green-900"
        data-testid="questionnaire-thanks"
      >
        {t("evaluations.answer.thanks")}
      </p>
    );
  }
  return (
    <form action={form.action} className="space-y-5" noValidate data-testid="questionnaire-form">
      {Object.entries(hidden).map(([name, fieldValue]) => (
        <input key={name} type="hidden" name={name} value={fieldValue} />
      ))}
      <FormMessages error={form.formError} />
      {questions.map((question, index) => {
        const name = `q_${question.id}`;
        const errors = form.fieldErrors(name);
        const errorId = `${name}-error`;
        return (
          <fieldset
            key={question.id}
            className="space-y-2"
            aria-describedby={errors ? errorId : undefined}
            aria-invalid={errors ? true : undefined}
          >
            <legend className="font-medium text-slate-900">
              {index + 1}. {question.label}
              {question.required && <span aria-hidden="true"> *</span>}
            </legend>
            {question.kind === "TEXT" ? (
              <textarea
                name={name}
                rows={4}
                maxLength={5000}
                aria-label={question.label}
                defaultValue={form.value(name)}
                className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm"
              />
            ) : question.kind === "SCALE" || question.kind === "NPS" ? (
              <div>
                <div className="flex flex-wrap gap-1">
                  {SCORES[question.kind].map((score) => (
                    <label
                      key={score}
                      className="flex h-10 min-w-10 cursor-pointer items-center justify-center rounded-md border border-slate-300 bg-white px-2 text-sm has-checked:border-brand has-checked:bg-brand has-checked:text-brand-contrast has-focus-visible:ring-2 has-focus-visible:ring-slate-900"
                    >
                      <input
                        type="radio"
                        name={name}
                        value={score}
                        defaultChecked={form.value(name) === String(score)}
                        className="sr-only"
                      />
                      {score}
                    </label>
                  ))}
                </div>
                <p className="mt-1 flex justify-between text-xs text-slate-600">
                  <span>{t(question.kind === "NPS" ? "evaluations.answer.npsLow" : "evaluations.answer.scaleLow")}</span>
                  <span>{t(question.kind === "NPS" ? "evaluations.answer.npsHigh" : "evaluations.answer.scaleHigh")}</span>
                </p>
              </div>
            ) : (
              <div className="space-y-1">
                {(question.choices ?? []).map((choice, choiceIndex) => {
                  const multiple = question.kind === "MULTIPLE";
                  const fieldName = multiple ? `${name}_${choiceIndex}` : name;
                  return (
                    <label key={choice} className="flex items-center gap-2 text-sm">
                      <input
                        type={multiple ? "checkbox" : "radio"}
                        name={fieldName}
                        value={multiple ? "on" : choice}
                        defaultChecked={multiple ? form.value(fieldName) === "on" : form.value(name) === choice}
                        className="h-4 w-4"
                      />
                      {choice}
                    </label>
                  );
                })}
              </div>
            )}
            {errors && (
              <p id={errorId} className="text-sm text-red-700">
                {errors.join(" ")}
              </p>
            )}
          </fieldset>
        );
      })}
      <Button type="submit" disabled={form.pending}>
        {t("evaluations.answer.submit")}
      </Button>
    </form>
  );
}
