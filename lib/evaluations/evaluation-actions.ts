"use server";

import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { contactAction, publicAction, staffAction } from "../actions/define-action";
import { db } from "../db";
import { idParam, tokenParam } from "../http/request-params";
import { companyScope } from "../tenancy/company-scope";
import { getCurrentSite } from "../tenancy/get-current-site";
import { saveRule, type RuleScope } from "./evaluation-rules";
import { planEvaluations } from "./plan-evaluations";
import { changeQuestions, createTemplate } from "./manage-templates";
import { findCompanyQuestionnaire, openQuestionnaireByToken, type OpenQuestionnaire } from "./open-questionnaire";
import { EVALUATION_KINDS, parseAnswers, QUESTION_KINDS } from "./questions";
import { submitAnswer } from "./submit-answer";

const title = z.string().trim().min(3, { error: "title_required" }).max(200, { error: "too_long" });
const label = z.string().trim().min(3, { error: "label_required" }).max(300, { error: "too_long" });
const choicesText = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(";")
      .map((choice) => choice.trim())
      .filter(Boolean),
  );
const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on");

const questionSchema = z
  .object({
    templateId: idParam,
    kind: z.enum(QUESTION_KINDS, { error: "kind_required" }),
    label,
    choices: choicesText,
    required: checkbox,
  })
  .check((context) => {
    const { kind, choices } = context.value;
    if ((kind === "SINGLE" || kind === "MULTIPLE") && (choices.length < 2 || choices.length > 12)) {
      context.issues.push({ code: "custom", path: ["choices"], message: "choices_count", input: choices });
    } else if (choices.some((choice) => choice.length > 120)) {
      context.issues.push({ code: "custom", path: ["choices"], message: "too_long", input: choices });
    }
  });

function revalidateTemplate(templateId: string) {
  revalidatePath(`/admin/evaluations/${templateId}`);
  revalidatePath("/admin/evaluations");
}

export const createTemplateAction = staffAction(
  z.object({ title, kind: z.enum(EVALUATION_KINDS, { error: "kind_required" }) }),
  async (input, staff) => {
    const template = await createTemplate({ organizationId: staff.organizationId, userId: staff.user.id, ...input });
    revalidatePath("/admin/evaluations");
    redirect(`/admin/evaluations/${template.id}`);
  },
);

export const addQuestionAction = staffAction(questionSchema, async ({ templateId, ...question }, staff) => {
  const written = await changeQuestions({
    organizationId: staff.organizationId,
    userId: staff.user.id,
    templateId,
    change: { add: question },
  });
  if (!written) notFound();
  revalidateTemplate(templateId);
  return "question_saved";
});

export const editQuestionAction = staffAction(
  questionSchema.and(z.object({ questionId: z.string().regex(/^[a-z0-9]{4,16}$/) })),
  async ({ templateId, questionId, ...question }, staff) => {
    const written = await changeQuestions({
      organizationId: staff.organizationId,
      userId: staff.user.id,
      templateId,
      change: { edit: { questionId, ...question } },
    });
    if (!written) notFound();
    revalidateTemplate(templateId);
    return "question_saved";
  },
);

export const removeQuestionAction = staffAction(
  z.object({ templateId: idParam, questionId: z.string().regex(/^[a-z0-9]{4,16}$/) }),
  async ({ templateId, questionId }, staff) => {
    const written = await changeQuestions({
      organizationId: staff.organizationId,
      userId: staff.user.id,
      templateId,
      change: { remove: { questionId } },
    });
    if (!written) notFound();
    revalidateTemplate(templateId);
    return "question_removed";
  },
);

const scopeSchema = z.string().transform((value, context): RuleScope => {
  const [level, id] = value.split(":");
  if (level === "org" && !id) return { level: "org" };
  if (level === "module" && id && idParam.safeParse(id).success) return { level: "module", moduleId: id };
  if (level === "action" && id && idParam.safeParse(id).success) return { level: "action", actionId: id };
  context.issues.push({ code: "custom", message: "scope_required", input: value });
  return z.NEVER;
});

export const saveRuleAction = staffAction(
  z.object({
    kind: z.enum(["HOT", "COLD", "COMPANY"], { error: "kind_required" }),
    templateId: idParam.or(z.literal("").transform(() => null)).refine((value) => value !== null, { error: "template_required" }),
    delayDays: z.coerce
      .number({ error: "delay_invalid" })
      .int({ error: "delay_invalid" })
      .min(0, { error: "delay_invalid" })
      .max(365, { error: "delay_invalid" }),
    enabled: checkbox,
    scope: scopeSchema,
  }),
  async (input, staff) => {
    await saveRule({ organizationId: staff.organizationId, userId: staff.user.id, ...input, templateId: input.templateId! });
    revalidatePath("/admin/evaluations");
    return "rule_saved";
  },
);

/** Sends an action's questionnaires now (its rules' templates), to the recipients who have none yet. */
export const sendNowAction = staffAction(z.object({ actionId: idParam }), async ({ actionId }, staff) => {
  const action = await db.trainingAction.findFirst({ where: { id: actionId, organizationId: staff.organizationId }, select: { id: true } });
  if (!action) notFound();
  const { created } = await planEvaluations({}, { only: { organizationId: staff.organizationId, actionId } });
  revalidatePath("/admin/evaluations");
  return created ? "evaluations_sent" : "evaluations_none";
});

/** Validates the answers against the version's questions, then stores them once. */
async function answer(questionnaire: OpenQuestionnaire, fields: Record<string, unknown>, userId: string | null) {
  const parsed = parseAnswers(questionnaire.questions, fields);
  if ("fieldErrors" in parsed) return { status: "error" as const, fieldErrors: parsed.fieldErrors };
  const result = await db.$transaction((tx) => submitAnswer({ tx, send: questionnaire, values: parsed.values, userId }));
  return result.status === "answered" ? "answered" : { status: "error" as const, formError: "already_answered" };
}

/** A participant answers through the personal link (no account). */
export const answerByLinkAction = publicAction(z.looseObject({ token: tokenParam }), async (input) => {
  const site = await getCurrentSite();
  const found = await openQuestionnaireByToken({ db, site, token: input.token });
  if ("closed" in found) return { status: "error" as const, formError: `link_${found.closed}` };
  return answer(found.open, input, null);
});

/** A contact answers the company questionnaire in the extranet (its own company's only). */
export const answerCompanyAction = contactAction("evaluations", z.looseObject({ sendId: idParam }), async (input, context) => {
  const found = await findCompanyQuestionnaire({ db, scope: companyScope(context), sendId: input.sendId });
  if (!found) notFound();
  if (found.answer) return { status: "error" as const, formError: "already_answered" };
  const result = await answer(found.questionnaire, input, context.user.id);
  revalidatePath("/evaluations");
  return result;
});
