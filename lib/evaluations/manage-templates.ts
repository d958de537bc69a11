import "server-only";
import { db } from "../db";
import type { EvaluationKind } from "../generated/prisma/enums";
import type { Question } from "./questions";
import { newQuestionId, writeNextVersion } from "./template-versions";

export interface QuestionInput {
  kind: Question["kind"];
  label: string;
  required: boolean;
  choices: string[];
}

const toQuestion = (id: string, input: QuestionInput): Question => ({
  id,
  kind: input.kind,
  label: input.label,
  required: input.required,
  ...(input.kind === "SINGLE" || input.kind === "MULTIPLE" ? { choices: input.choices } : {}),
});

/** A new template of `kind`, with its first (empty) version. */
export async function createTemplate({
  organizationId,
  userId,
  kind,
  title,
}: {
  organizationId: string;
  userId: string;
  kind: EvaluationKind;
  title: string;
}): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const template = await tx.evaluationTemplate.create({ data: { organizationId, kind, title }, select: { id: true } });
    await tx.evaluationTemplateVersion.create({ data: { organizationId, templateId: template.id, version: 1, questions: [] } });
    await tx.auditEvent.create({
      data: {
        organizationId,
        actorUserId: userId,
        action: "evaluation.template_created",
        targetType: "EvaluationTemplate",
        targetId: template.id,
      },
    });
    return template;
  });
}

type Change = { add: QuestionInput } | { edit: { questionId: string } & QuestionInput } | { remove: { questionId: string } };

/** Adds, edits or removes one question: a new version each time (null: no such template here). */
export async function changeQuestions({
  organizationId,
  userId,
  templateId,
  change,
}: {
  organizationId: string;
  userId: string;
  templateId: string;
  change: Change;
}): Promise<{ version: number } | null> {
  return db.$transaction(async (tx) => {
    const written = await writeNextVersion({
      tx,
      organizationId,
      templateId,
      change: (questions) => {
        if ("add" in change) return [...questions, toQuestion(newQuestionId(), change.add)];
        const id = "edit" in change ? change.edit.questionId : change.remove.questionId;
        if (!questions.some((question) => question.id === id)) return null;
        if ("remove" in change) return questions.filter((question) => question.id !== id);
        return questions.map((question) => (question.id === id ? toQuestion(id, change.edit) : question));
      },
    });
    if (written) {
      await tx.auditEvent.create({
        data: {
          organizationId,
          actorUserId: userId,
          action: "evaluation.template_versioned",
          targetType: "EvaluationTemplate",
          targetId: templateId,
          metadata: { version: written.version },
        },
      });
    }
    return written;
  });
}
