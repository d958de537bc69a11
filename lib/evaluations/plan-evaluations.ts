import { db } from "../db";
import type { EvaluationKind } from "../generated/prisma/enums";
import { enqueueJob } from "../jobs/enqueue-job";
import { utcToday } from "../trainings/utc-today";
import { ruleFor } from "./evaluation-rules";
import { SCHEDULED_KINDS } from "./questions";
import { addDays, EVALUATION_SCHEDULE } from "./schedule-rules";

const PARTICIPANT_KINDS: EvaluationKind[] = ["HOT", "COLD"];

/**
 * The "plan-evaluations" job (cron): for every action whose questionnaire is due (end date + the rule's
 * delay), writes one send per recipient — each confirmed participant with an email (à chaud, à froid),
 * each client company (entreprise) — and queues its first email. A send exists once per action, kind and
 * recipient (unique key), so overlapping runs on several instances create nothing twice. With `only`,
 * staff send one action's questionnaires now (those already sent are not sent again).
 */
export async function planEvaluations(
  _payload: object = {},
  { now = new Date(), only }: { now?: Date; only?: { organizationId: string; actionId: string } } = {},
): Promise<{ created: number }> {
  const today = utcToday(now);
  const rules = await db.evaluationRule.findMany({
    where: {
      enabled: true,
      kind: { in: [...SCHEDULED_KINDS] },
      template: { archivedAt: null },
      ...(only ? { organizationId: only.organizationId } : {}),
    },
    select: { organizationId: true, kind: true, scopeKey: true, templateId: true, delayDays: true, enabled: true },
  });
  if (!rules.length) return { created: 0 };
  const organizationIds = [...new Set(rules.map((rule) => rule.organizationId))];
  const longestDelay = Math.max(...rules.map((rule) => rule.delayDays));
  const actions = await db.trainingAction.findMany({
    where: only
      ? { organizationId: only.organizationId, id: only.actionId, status: { notIn: ["CANCELLED", "DRAFT"] } }
      : {
          organizationId: { in: organizationIds },
          status: { notIn: ["CANCELLED", "DRAFT"] },
          endDate: { lte: today, gte: addDays(today, -(longestDelay + EVALUATION_SCHEDULE.catchUpDays)) },
        },
    select: { id: true, organizationId: true, endDate: true, modules: { orderBy: { position: "asc" }, select: { moduleId: true } } },
  });
  let created = 0;
  for (const action of actions) {
    const ofOrganization = rules.filter((rule) => rule.organizationId === action.organizationId);
    for (const kind of SCHEDULED_KINDS) {
      const rule = ruleFor(
        ofOrganization,
        kind,
        action.id,
        action.modules.map((module) => module.moduleId),
      );
      if (!rule?.enabled) continue;
      // Staff sending one action's questionnaires now: due today, whatever the rule's delay.
      const dueAt = only ? today : addDays(action.endDate, rule.delayDays);
      if (!only && (dueAt > today || dueAt < addDays(today, -EVALUATION_SCHEDULE.catchUpDays))) continue;
      created += await createSends({
        organizationId: action.organizationId,
        actionId: action.id,
        kind,
        templateId: rule.templateId,
        dueAt,
      });
    }
  }
  return { created };
}

async function createSends({
  organizationId,
  actionId,
  kind,
  templateId,
  dueAt,
}: {
  organizationId: string;
  actionId: string;
  kind: EvaluationKind;
  templateId: string;
  dueAt: Date;
}): Promise<number> {
  const enrolments = await db.enrolment.findMany({
    // A particulier has no extranet, hence no company questionnaire.
    where: {
      organizationId,
      actionId,
      status: "CONFIRMED",
      ...(PARTICIPANT_KINDS.includes(kind) ? {} : { company: { isIndividual: false } }),
    },
    select: { id: true, companyId: true, participant: { select: { email: true } } },
  });
  const recipients = PARTICIPANT_KINDS.includes(kind)
    ? enrolments
        .filter((enrolment) => enrolment.participant?.email)
        .map((enrolment) => ({
          companyId: enrolment.companyId,
          enrolmentId: enrolment.id,
          recipientKey: `enrolment:${enrolment.id}`,
          email: enrolment.participant!.email!.trim().toLowerCase(),
        }))
    : [...new Set(enrolments.map((enrolment) => enrolment.companyId))].map((companyId) => ({
        companyId,
        enrolmentId: null,
        recipientKey: `company:${companyId}`,
        email: null,
      }));
  if (!recipients.length) return 0;
  return db.$transaction(async (tx) => {
    const template = await tx.evaluationTemplate.findFirstOrThrow({
      where: { id: templateId, organizationId },
      select: { currentVersion: true },
    });
    const version = await tx.evaluationTemplateVersion.findUniqueOrThrow({
      where: { templateId_version: { templateId, version: template.currentVersion } },
      select: { id: true },
    });
    const sends = await tx.evaluationSend.createManyAndReturn({
      data: recipients.map((recipient) => ({ organizationId, actionId, kind, versionId: version.id, dueAt, ...recipient })),
      skipDuplicates: true,
      select: { id: true },
    });
    for (const send of sends) {
      await enqueueJob(tx, "send-evaluation", { sendId: send.id, step: 0 }, { key: `evaluation:${send.id}:0`, keyMode: "keep" });
    }
    return sends.length;
  });
}
