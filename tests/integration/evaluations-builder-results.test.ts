jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { idleState } from "@/lib/actions/action-state";
import { requireContact } from "@/lib/auth/require-contact";
import { requireStaff } from "@/lib/auth/require-staff";
import { db } from "@/lib/db";
import {
  addQuestionAction,
  answerByLinkAction,
  createTemplateAction,
  editQuestionAction,
  removeQuestionAction,
  saveRuleAction,
  sendNowAction,
} from "@/lib/evaluations/evaluation-actions";
import { listCompanyEvaluatedActions, listEvaluatedActions } from "@/lib/evaluations/list-evaluated-actions";
import { listEvaluatedCompanies } from "@/lib/evaluations/list-evaluated-companies";
import { getTemplate } from "@/lib/evaluations/list-templates";
import { loadResults } from "@/lib/evaluations/load-results";
import { findCompanyQuestionnaire, openQuestionnaireByToken } from "@/lib/evaluations/open-questionnaire";
import { planEvaluations } from "@/lib/evaluations/plan-evaluations";
import { sendEvaluation } from "@/lib/evaluations/send-evaluation";
import { findSiteByHostname } from "@/lib/tenancy/find-site-by-hostname";
import { companyScope } from "@/lib/tenancy/company-scope";
import { GET as exportRoute } from "@/app/s/[site]/admin/evaluations/resultats/export/route";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { createEvaluatedAction, createFixtureTemplate, evaluationLinkTo } from "../support/evaluation-fixture";
import { isNotFound, redirectTarget, simulateRequest } from "../support/next-request-mock";

jest.setTimeout(60_000);

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
async function asFormaproStaff() {
  simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("formaproManager") });
  return requireStaff();
}
async function asHorizonStaff() {
  simulateRequest({ host: DEMO_HOSTS.horizon, identity: await demoIdentity("horizonAdmin") });
  return requireStaff();
}
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("questionnaire builder", () => {
  afterAll(() => db.$disconnect());

  it("versions the questions: a send keeps the wording it went out with", async () => {
    const staff = await asFormaproStaff();
    const target = await redirectTarget(createTemplateAction(idleState, form({ title: "Satisfaction à chaud", kind: "HOT" })));
    const templateId = target.split("/").pop()!;
    expect(await createTemplateAction(idleState, form({ title: "x", kind: "NOPE" }))).toMatchObject({
      fieldErrors: { title: ["title_required"], kind: ["kind_required"] },
      values: { title: "x" },
    });

    expect(
      (await addQuestionAction(idleState, form({ templateId, kind: "SCALE", label: "Êtes-vous satisfait ?", required: "on" }))).status,
    ).toBe("success");
    expect(await addQuestionAction(idleState, form({ templateId, kind: "SINGLE", label: "Le rythme", choices: "Lent" }))).toMatchObject({
      fieldErrors: { choices: ["choices_count"] },
      values: { label: "Le rythme", choices: "Lent" },
    });
    await addQuestionAction(idleState, form({ templateId, kind: "SINGLE", label: "Le rythme", choices: "Lent ; Adapté ; Rapide" }));
    const v3 = (await getTemplate({ organizationId: staff.organizationId, templateId }))!;
    expect(v3.currentVersion).toBe(3);
    expect(v3.questions.map((question) => [question.kind, question.label, question.choices])).toEqual([
      ["SCALE", "Êtes-vous satisfait ?", undefined],
      ["SINGLE", "Le rythme", ["Lent", "Adapté", "Rapide"]],
    ]);

    // Sent with version 3 to the participants of an action.
    const fixture = await createEvaluatedAction({ endDate: day("2026-10-20"), kinds: [] });
    expect(
      await saveRuleAction(idleState, form({ kind: "HOT", templateId, delayDays: "-1", scope: `action:${fixture.action.id}` })),
    ).toMatchObject({
      fieldErrors: { delayDays: ["delay_invalid"] },
    });
    expect(
      (
        await saveRuleAction(
          idleState,
          form({ kind: "HOT", templateId, delayDays: "0", enabled: "on", scope: `action:${fixture.action.id}` }),
        )
      ).status,
    ).toBe("success");
    await planEvaluations({}, { now: new Date("2026-10-20T12:00:00Z") });
    const [send] = await db.evaluationSend.findMany({ where: { actionId: fixture.action.id } });
    await sendEvaluation({ sendId: send.id, step: 0 });

    const [first] = v3.questions;
    await asFormaproStaff();
    await editQuestionAction(
      idleState,
      form({ templateId, questionId: first.id, kind: "SCALE", label: "Note globale de la formation", required: "on" }),
    );
    await removeQuestionAction(idleState, form({ templateId, questionId: v3.questions[1].id }));
    const v5 = (await getTemplate({ organizationId: staff.organizationId, templateId }))!;
    expect(v5.currentVersion).toBe(5);
    expect(v5.questions.map((question) => question.label)).toEqual(["Note globale de la formation"]);

    const site = (await findSiteByHostname({ db, hostname: DEMO_HOSTS.formapro }))!;
    const opened = await openQuestionnaireByToken({ db, site, token: await evaluationLinkTo(send.email!) });
    expect("open" in opened && opened.open.questions.map((question) => question.label)).toEqual(["Êtes-vous satisfait ?", "Le rythme"]);
  });

  it("answers not found for another organisation's template, module or action", async () => {
    const formaproTemplate = await createFixtureTemplate("HOT");
    const horizon = await asHorizonStaff();
    expect(await getTemplate({ organizationId: horizon.organizationId, templateId: formaproTemplate.id })).toBeNull();
    const question = { templateId: formaproTemplate.id, kind: "SCALE", label: "Une question" };
    expect(await isNotFound(addQuestionAction(idleState, form(question)))).toBe(true);
    expect(await isNotFound(editQuestionAction(idleState, form({ ...question, questionId: "qscale1" })))).toBe(true);
    expect(await isNotFound(removeQuestionAction(idleState, form({ templateId: formaproTemplate.id, questionId: "qscale1" })))).toBe(true);
    expect(
      await isNotFound(saveRuleAction(idleState, form({ kind: "HOT", templateId: formaproTemplate.id, delayDays: "0", scope: "org" }))),
    ).toBe(true);
    const horizonTemplate = await createFixtureTemplate("HOT", horizon.organizationId);
    const formaproAction = await db.trainingAction.findFirstOrThrow({ where: { organizationId: DEMO_ORGANIZATIONS.formapro.id } });
    expect(
      await isNotFound(
        saveRuleAction(
          idleState,
          form({ kind: "HOT", templateId: horizonTemplate.id, delayDays: "0", scope: `action:${formaproAction.id}` }),
        ),
      ),
    ).toBe(true);
    expect(await isNotFound(sendNowAction(idleState, form({ actionId: formaproAction.id })))).toBe(true);
    // A contact is no staff member.
    simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
    expect(await redirectTarget(addQuestionAction(idleState, form(question)))).toBe("/");
  });
});

describe("results", () => {
  it("adds up the answers of an action, shows a company only its own free texts, and nothing to another organisation", async () => {
    const fixture = await createEvaluatedAction({ endDate: day("2026-10-15"), kinds: [{ kind: "HOT" }] });
    await planEvaluations({}, { now: new Date("2026-10-15T12:00:00Z") });
    const sends = await db.evaluationSend.findMany({ where: { actionId: fixture.action.id }, orderBy: { recipientKey: "asc" } });
    for (const send of sends) await sendEvaluation({ sendId: send.id, step: 0 });
    simulateRequest({ host: DEMO_HOSTS.formapro });
    await answerByLinkAction(
      idleState,
      form({ token: await evaluationLinkTo(sends[0].email!), q_qscale1: "5", q_qnps01: "10", q_qtext01: "Très concret" }),
    );

    const query = { action: fixture.action.id };
    const staffView = await loadResults({ organizationId: DEMO_ORGANIZATIONS.formapro.id, query });
    expect(staffView).toMatchObject({ sent: 2, answered: 1, responseRate: 0.5, satisfactionRate: 1 });
    expect(staffView.questions.find((question) => question.id === "qtext01")).toMatchObject({
      texts: [{ text: "Très concret", sendId: sends[0].id }],
    });

    const claire = await (async () => {
      simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
      return requireContact();
    })();
    const companyView = await loadResults({ organizationId: claire.organizationId, query, viewerCompanyId: claire.company.id });
    // One answer: below the minimum group, the company sees no figure of this action (one person's score).
    expect(companyView).toMatchObject({ sent: 0, answered: 0, questions: [], hiddenActions: 1 });
    // Another company of the organisation, whose seats did not attend: nothing at all.
    expect(
      await loadResults({ organizationId: claire.organizationId, query, viewerCompanyId: DEMO_COMPANIES.transportsRiviere.id }),
    ).toMatchObject({
      sent: 0,
      answered: 0,
      questions: [],
    });
    // Another organisation's staff: nothing, and its export has only the header line.
    expect(await loadResults({ organizationId: DEMO_ORGANIZATIONS.horizon.id, query })).toMatchObject({ sent: 0, answered: 0 });
    await asHorizonStaff();
    const horizonCsv = await (
      await exportRoute(new Request(`http://${DEMO_HOSTS.horizon}/admin/evaluations/resultats/export?action=${fixture.action.id}`))
    ).text();
    expect(horizonCsv.trim().split("\r\n")).toHaveLength(1);

    await asFormaproStaff();
    const response = await exportRoute(
      new Request(`http://${DEMO_HOSTS.formapro}/admin/evaluations/resultats/export?action=${fixture.action.id}`),
    );
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="evaluations-/);
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe('"Date de réponse";"Action";"Intitulé";"Entreprise";"Type";"Questionnaire";"Version";"Question";"Réponse"');
    expect(lines.slice(1).map((line) => line.split(";").slice(7).join(";"))).toEqual([
      '"Satisfaction globale";"5 / 5"',
      '"Recommanderiez-vous cette formation ?";"10 / 10"',
      '"Rythme";""',
      '"Points forts";""',
      '"Commentaire";"Très concret"',
    ]);
  });

  it("offers in the results filters only the evaluated actions and companies the viewer may see", async () => {
    const fixture = await createEvaluatedAction({ endDate: day("2026-10-14"), kinds: [{ kind: "HOT" }] });
    await planEvaluations({}, { now: new Date("2026-10-14T12:00:00Z") });
    const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

    const formapro = await asFormaproStaff();
    expect(ids(await listEvaluatedActions({ staff: formapro }))).toContain(fixture.action.id);
    expect(ids(await listEvaluatedCompanies({ staff: formapro }))).toContain(DEMO_COMPANIES.groupeMartin.id);
    const horizon = await asHorizonStaff();
    expect(ids(await listEvaluatedActions({ staff: horizon }))).not.toContain(fixture.action.id);
    expect(ids(await listEvaluatedCompanies({ staff: horizon }))).not.toContain(DEMO_COMPANIES.groupeMartin.id);

    simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
    expect(ids(await listCompanyEvaluatedActions({ context: await requireContact() }))).toContain(fixture.action.id);
    // A company whose seats did not attend: not offered.
    simulateRequest({ host: DEMO_HOSTS.formaproNantes, identity: await demoIdentity("transportsRiviereContact") });
    expect(ids(await listCompanyEvaluatedActions({ context: await requireContact() }))).not.toContain(fixture.action.id);
  });

  it("keeps a company questionnaire to its own company", async () => {
    const fixture = await createEvaluatedAction({ endDate: day("2026-10-12"), kinds: [{ kind: "COMPANY" }] });
    await planEvaluations({}, { now: new Date("2026-10-12T12:00:00Z") });
    const [send] = await db.evaluationSend.findMany({ where: { actionId: fixture.action.id } });
    await sendEvaluation({ sendId: send.id, step: 0 });
    simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
    expect(await findCompanyQuestionnaire({ db, scope: companyScope(await requireContact()), sendId: send.id })).not.toBeNull();
    expect(
      await findCompanyQuestionnaire({
        db,
        scope: { organizationId: DEMO_ORGANIZATIONS.formapro.id, companyId: DEMO_COMPANIES.transportsRiviere.id },
        sendId: send.id,
      }),
    ).toBeNull();
    expect(
      await findCompanyQuestionnaire({
        db,
        scope: { organizationId: DEMO_ORGANIZATIONS.horizon.id, companyId: DEMO_COMPANIES.pharmacieDuParc.id },
        sendId: send.id,
      }),
    ).toBeNull();
  });
});
