import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { unsealEmailContent } from "@/lib/email/email-secrets";
import type { EvaluationKind } from "@/lib/generated/prisma/enums";
import type { Question } from "@/lib/evaluations/questions";
import { DEMO_COMPANIES, DEMO_ORGANIZATIONS } from "./demo";

const unique = () => randomBytes(4).toString("hex");

export const FIXTURE_QUESTIONS: Question[] = [
  { id: "qscale1", kind: "SCALE", label: "Satisfaction globale", required: true },
  { id: "qnps01", kind: "NPS", label: "Recommanderiez-vous cette formation ?", required: true },
  { id: "qsingle", kind: "SINGLE", label: "Rythme", required: false, choices: ["Trop lent", "Adapté", "Trop rapide"] },
  { id: "qmulti1", kind: "MULTIPLE", label: "Points forts", required: false, choices: ["Formateur", "Supports", "Exercices"] },
  { id: "qtext01", kind: "TEXT", label: "Commentaire", required: false },
];

/** A template of `kind` with one version holding `questions`, of the organisation given. */
export async function createFixtureTemplate(
  kind: EvaluationKind,
  organizationId = DEMO_ORGANIZATIONS.formapro.id,
  questions = FIXTURE_QUESTIONS,
) {
  const template = await db.evaluationTemplate.create({ data: { organizationId, kind, title: `Questionnaire ${kind} ${unique()}` } });
  await db.evaluationTemplateVersion.create({ data: { organizationId, templateId: template.id, version: 1, questions } });
  return template;
}

/**
 * A Formapro action of Groupe Martin that ended on `endDate`, with three participants (two confirmed,
 * one cancelled) and a participant without email, plus its own rules for the kinds given (delay 0).
 */
export async function createEvaluatedAction({ endDate, kinds }: { endDate: Date; kinds: { kind: EvaluationKind; delayDays?: number }[] }) {
  const organizationId = DEMO_ORGANIZATIONS.formapro.id;
  const companyId = DEMO_COMPANIES.groupeMartin.id;
  const key = unique();
  const action = await db.trainingAction.create({
    data: {
      organizationId,
      number: `ADF_EVAL_${key}`,
      type: "INTER",
      status: "COMPLETED",
      title: `Management d’équipe ${key}`,
      startDate: new Date(endDate.getTime() - 86_400_000),
      endDate,
      durationHours: 14,
      maxPlaces: 10,
    },
  });
  const people = [
    { firstName: "Ana", email: `ana.${key}@groupe-martin.test`, status: "CONFIRMED" },
    { firstName: "Bruno", email: `bruno.${key}@groupe-martin.test`, status: "CONFIRMED" },
    { firstName: "Chloé", email: `chloe.${key}@groupe-martin.test`, status: "CANCELLED" },
    { firstName: "Denis", email: null, status: "CONFIRMED" },
  ] as const;
  const enrolments = [];
  for (const person of people) {
    const participant = await db.participant.create({
      data: { organizationId, companyId, firstName: person.firstName, lastName: "Test", email: person.email },
    });
    enrolments.push(
      await db.enrolment.create({
        data: { organizationId, companyId, actionId: action.id, participantId: participant.id, status: person.status },
      }),
    );
  }
  const templates: Partial<Record<EvaluationKind, { id: string }>> = {};
  for (const { kind, delayDays = 0 } of kinds) {
    templates[kind] = await createFixtureTemplate(kind);
    await db.evaluationRule.create({
      data: { organizationId, kind, templateId: templates[kind]!.id, actionId: action.id, scopeKey: `action:${action.id}`, delayDays },
    });
  }
  return { action, enrolments, people, templates, organizationId, companyId };
}

/** The personal link of the latest questionnaire email to `to`, read from its sealed (deliverable) copy. */
export async function evaluationLinkTo(to: string): Promise<string> {
  const email = await db.emailOutbox.findFirstOrThrow({
    where: { to, template: { startsWith: "evaluation-" } },
    orderBy: { createdAt: "desc" },
    select: { sealedContent: true, html: true },
  });
  expect(email.html).toContain("[lien-personnel-masqué]");
  const { html } = unsealEmailContent(email.sealedContent!);
  return /\/questionnaire\/([A-Za-z0-9_-]{20,100})/.exec(html)![1];
}
