import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import type { EvaluationKind } from "../generated/prisma/enums";

export type RuleScope = { level: "org" } | { level: "module"; moduleId: string } | { level: "action"; actionId: string };

export const scopeKeyOf = (scope: RuleScope) =>
  scope.level === "org" ? "org" : scope.level === "module" ? `module:${scope.moduleId}` : `action:${scope.actionId}`;

/**
 * The organisation's default questionnaire of a kind, or its override for one module or one action
 * (one rule per kind and scope: saving again replaces it). Template, module and action must be this
 * organisation's, else not found.
 */
export async function saveRule({
  organizationId,
  userId,
  kind,
  templateId,
  delayDays,
  enabled,
  scope,
}: {
  organizationId: string;
  userId: string;
  kind: EvaluationKind;
  templateId: string;
  delayDays: number;
  enabled: boolean;
  scope: RuleScope;
}): Promise<void> {
  const [template, target] = await Promise.all([
    db.evaluationTemplate.findFirst({ where: { id: templateId, organizationId, kind, archivedAt: null }, select: { id: true } }),
    scope.level === "module"
      ? db.module.findFirst({ where: { id: scope.moduleId, organizationId }, select: { id: true } })
      : scope.level === "action"
        ? db.trainingAction.findFirst({ where: { id: scope.actionId, organizationId }, select: { id: true } })
        : Promise.resolve({ id: "org" }),
  ]);
  if (!template || !target) notFound();
  const scopeKey = scopeKeyOf(scope);
  const data = {
    templateId,
    delayDays,
    enabled,
    moduleId: scope.level === "module" ? scope.moduleId : null,
    actionId: scope.level === "action" ? scope.actionId : null,
  };
  await db.$transaction(async (tx) => {
    await tx.evaluationRule.upsert({
      where: { organizationId_kind_scopeKey: { organizationId, kind, scopeKey } },
      create: { organizationId, kind, scopeKey, ...data },
      update: data,
    });
    await tx.auditEvent.create({
      data: {
        organizationId,
        actorUserId: userId,
        action: "evaluation.rule_saved",
        targetType: "EvaluationRule",
        metadata: { kind, scopeKey },
      },
    });
  });
}

export interface RuleRow {
  kind: EvaluationKind;
  scopeKey: string;
  templateId: string;
  delayDays: number;
  enabled: boolean;
}

/** The rule that applies to an action for a kind: the action's own, else its first module's, else the organisation's. */
export function ruleFor(rules: RuleRow[], kind: EvaluationKind, actionId: string, moduleIds: string[]): RuleRow | null {
  const ofKind = rules.filter((rule) => rule.kind === kind);
  const keys = [`action:${actionId}`, ...moduleIds.map((id) => `module:${id}`), "org"];
  for (const key of keys) {
    const rule = ofKind.find((candidate) => candidate.scopeKey === key);
    if (rule) return rule;
  }
  return null;
}
