import type { Question } from "../../lib/evaluations/questions";
import { addDays, parisTime } from "./calendar";
import type { DemoTenants } from "./organisations-and-sites";
import { createRandom } from "./random";
import type { SeedContext } from "./seed-context";
import { seedId } from "./seed-ids";
import type { DemoAction, DemoActions } from "./training-actions";

const HOT_QUESTIONS: Question[] = [
  { id: "satglob", kind: "SCALE", label: "Dans l’ensemble, êtes-vous satisfait de la formation ?", required: true },
  { id: "animat", kind: "SCALE", label: "La qualité de l’animation", required: true },
  { id: "rythme", kind: "SINGLE", label: "Le rythme était…", required: false, choices: ["Trop lent", "Adapté", "Trop rapide"] },
  { id: "recomm", kind: "NPS", label: "Recommanderiez-vous cette formation à un collègue ?", required: true },
  { id: "comment", kind: "TEXT", label: "Un commentaire, une suggestion ?", required: false },
];
const COMPANY_QUESTIONS: Question[] = [
  { id: "objatt", kind: "SCALE", label: "Les objectifs de la formation ont-ils été atteints pour vos collaborateurs ?", required: true },
  {
    id: "effets",
    kind: "MULTIPLE",
    label: "Quels effets constatez-vous ?",
    required: false,
    choices: ["Montée en compétences", "Meilleure organisation", "Moins d’incidents", "Pas encore d’effet visible"],
  },
  { id: "remarq", kind: "TEXT", label: "Vos remarques pour l’organisme", required: false },
];
const COMMENTS = [
  "Formateur très à l’écoute, exemples concrets.",
  "Un peu dense l’après-midi, mais très utile.",
  "Les exercices pratiques étaient le meilleur moment.",
  "J’aurais aimé plus de temps sur les cas réels.",
];

/** The actions whose questionnaires the demo shows as sent and partly answered (management-nantes stays free for the browser test). */
const ANSWERED_ACTIONS = ["excel-remote", "sst-intra-riviere", "haccp-intra-boulangerie", "sst-lyon-last-year"];

/**
 * Formapro's questionnaires (à chaud, entreprise) with their organisation rules (off: sends start when
 * staff turn them on), and answered questionnaires on a few past actions so the results page shows figures.
 */
export function buildEvaluations(ctx: SeedContext, tenants: DemoTenants, actions: DemoActions): void {
  const { rows } = ctx;
  const random = createRandom("evaluations");
  const organizationId = tenants.formapro.id;
  const template = (key: string, kind: "HOT" | "COMPANY", title: string, questions: Question[]) => {
    const id = seedId("evaluation-template", `formapro/${key}`);
    const versionId = seedId("evaluation-version", `formapro/${key}/1`);
    rows.evaluationTemplates.push({ id, organizationId, kind, title, currentVersion: 1 });
    rows.evaluationTemplateVersions.push({ id: versionId, organizationId, templateId: id, version: 1, questions });
    rows.evaluationRules.push({
      id: seedId("evaluation-rule", `formapro/${kind}`),
      organizationId,
      kind,
      templateId: id,
      scopeKey: "org",
      delayDays: kind === "HOT" ? 0 : 30,
      enabled: false,
    });
    return versionId;
  };
  const hotVersion = template("a-chaud", "HOT", "Satisfaction à chaud", HOT_QUESTIONS);
  const companyVersion = template("entreprise", "COMPANY", "Avis de l’entreprise", COMPANY_QUESTIONS);

  const participants = new Map(rows.participants.map((participant) => [participant.id, participant]));
  const send = (
    action: DemoAction,
    companyId: string,
    kind: "HOT" | "COMPANY",
    recipientKey: string,
    email: string | null,
    answered: boolean,
    values: object,
  ) => {
    const id = seedId("evaluation-send", `${action.id}/${kind}/${recipientKey}`);
    const sentAt = parisTime(addDays(action.endDate, kind === "HOT" ? 0 : 30), 18, 0);
    const answeredAt = answered ? new Date(sentAt.getTime() + random.int(1, 72) * 3_600_000) : null;
    rows.evaluationSends.push({
      id,
      organizationId,
      companyId,
      actionId: action.id,
      kind,
      versionId: kind === "HOT" ? hotVersion : companyVersion,
      enrolmentId: recipientKey.startsWith("enrolment:") ? recipientKey.slice("enrolment:".length) : null,
      recipientKey,
      email,
      dueAt: sentAt,
      sentAt,
      remindersSent: answered ? 0 : 2,
      answeredAt,
    });
    if (answered)
      rows.evaluationAnswers.push({
        id: seedId("evaluation-answer", id),
        organizationId,
        companyId,
        sendId: id,
        values,
        createdAt: answeredAt!,
      });
  };

  for (const key of ANSWERED_ACTIONS) {
    const action = actions[key];
    if (!action || action.timing !== "past") continue;
    for (const enrolment of action.enrolments) {
      const email = enrolment.participantId ? participants.get(enrolment.participantId)?.email : null;
      if (enrolment.status !== "CONFIRMED" || !email) continue;
      const score = random.int(3, 5);
      send(action, enrolment.company.id, "HOT", `enrolment:${enrolment.id}`, email, random.chance(0.75), {
        satglob: score,
        animat: Math.min(5, score + random.int(0, 1)),
        rythme: random.pick(["Adapté", "Adapté", "Adapté", "Trop rapide", "Trop lent"]),
        recomm: Math.min(10, score * 2 + random.int(-1, 0)),
        ...(random.chance(0.4) ? { comment: random.pick(COMMENTS) } : {}),
      });
    }
    for (const companyId of new Set(
      action.enrolments.filter((enrolment) => enrolment.status === "CONFIRMED").map((enrolment) => enrolment.company.id),
    )) {
      if (action.enrolments.find((enrolment) => enrolment.company.id === companyId)?.company.isIndividual) continue;
      if (addDays(action.endDate, 30) > ctx.today) continue;
      send(action, companyId, "COMPANY", `company:${companyId}`, null, random.chance(0.7), {
        objatt: random.int(3, 5),
        effets: ["Montée en compétences", ...(random.chance(0.5) ? ["Meilleure organisation"] : [])],
      });
    }
  }
}
