import "server-only";
import { db } from "../db";
import type { EvaluationKind } from "../generated/prisma/enums";
import { readQuestions } from "./questions";

const templateSelect = {
  id: true,
  kind: true,
  title: true,
  currentVersion: true,
  versions: { orderBy: { version: "desc" }, take: 1, select: { questions: true } },
} as const;

type TemplateRow = { id: string; kind: EvaluationKind; title: string; currentVersion: number; versions: { questions: unknown }[] };

const toTemplate = ({ versions, ...template }: TemplateRow) => ({ ...template, questions: readQuestions(versions[0]?.questions ?? []) });

/** The organisation's questionnaires, each with its current version's questions. */
export async function listTemplates({ organizationId }: { organizationId: string }) {
  const templates = await db.evaluationTemplate.findMany({
    where: { organizationId, archivedAt: null },
    orderBy: [{ kind: "asc" }, { title: "asc" }],
    select: templateSelect,
    take: 200,
  });
  return templates.map(toTemplate);
}

/** One questionnaire of the organisation with its current questions, or null (another organisation's: not found). */
export async function getTemplate({ organizationId, templateId }: { organizationId: string; templateId: string }) {
  const template = await db.evaluationTemplate.findFirst({
    where: { id: templateId, organizationId, archivedAt: null },
    select: templateSelect,
  });
  return template && toTemplate(template);
}

/** The rules of the organisation, with what they apply to, for the settings list. */
export async function listRules({ organizationId }: { organizationId: string }) {
  return db.evaluationRule.findMany({
    where: { organizationId },
    orderBy: [{ scopeKey: "asc" }, { kind: "asc" }],
    select: {
      id: true,
      kind: true,
      delayDays: true,
      enabled: true,
      scopeKey: true,
      template: { select: { title: true } },
      module: { select: { title: true } },
      action: { select: { number: true, title: true } },
    },
    take: 500,
  });
}
