jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { idleState } from "@/lib/actions/action-state";
import { db } from "@/lib/db";
import { answerByLinkAction, answerCompanyAction } from "@/lib/evaluations/evaluation-actions";
import { openQuestionnaireByToken } from "@/lib/evaluations/open-questionnaire";
import { planEvaluations } from "@/lib/evaluations/plan-evaluations";
import { sendEvaluation } from "@/lib/evaluations/send-evaluation";
import { findSiteByHostname } from "@/lib/tenancy/find-site-by-hostname";
import { DEMO_HOSTS, demoIdentity } from "../support/demo";
import { createEvaluatedAction, evaluationLinkTo } from "../support/evaluation-fixture";
import { isNotFound, simulateRequest } from "../support/next-request-mock";

jest.setTimeout(60_000);

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string) => new Date(`${iso}T10:00:00Z`);
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const emailsTo = (to: string) => db.emailOutbox.count({ where: { to, template: { startsWith: "evaluation" } } });
const sendsOf = (actionId: string) => db.evaluationSend.findMany({ where: { actionId }, orderBy: { recipientKey: "asc" } });
const formaproSite = async () => (await findSiteByHostname({ db, hostname: DEMO_HOSTS.formapro }))!;
const horizonSite = async () => (await findSiteByHostname({ db, hostname: DEMO_HOSTS.horizon }))!;

describe("evaluation schedule", () => {
  afterAll(() => db.$disconnect());

  it("sends nothing before the due date, then one questionnaire per confirmed participant with an email and one per company", async () => {
    const fixture = await createEvaluatedAction({
      endDate: day("2026-11-20"),
      kinds: [{ kind: "HOT" }, { kind: "COLD", delayDays: 5 }, { kind: "COMPANY", delayDays: 5 }],
    });
    await planEvaluations({}, { now: at("2026-11-19") });
    expect(await sendsOf(fixture.action.id)).toHaveLength(0);

    await planEvaluations({}, { now: at("2026-11-20") });
    const hot = await sendsOf(fixture.action.id);
    // Ana and Bruno: Chloé's seat is cancelled, Denis has no email; COLD and COMPANY wait five days.
    expect(hot.map((send) => [send.kind, send.email])).toEqual([
      ["HOT", fixture.people[0].email],
      ["HOT", fixture.people[1].email],
    ]);
    await planEvaluations({}, { now: at("2026-11-20") });
    expect(await sendsOf(fixture.action.id)).toHaveLength(2);

    await planEvaluations({}, { now: at("2026-11-25") });
    const all = await sendsOf(fixture.action.id);
    expect(all.map((send) => send.kind).sort()).toEqual(["COLD", "COLD", "COMPANY", "HOT", "HOT"]);
    expect(all.find((send) => send.kind === "COMPANY")!.recipientKey).toBe(`company:${fixture.companyId}`);
    // Each send has its first email queued once, by key.
    const jobs = await db.$queryRaw<{ key: string }[]>`SELECT key FROM graphile_worker._private_jobs WHERE key LIKE ${`evaluation:%`}`;
    for (const send of all) expect(jobs.filter((job) => job.key === `evaluation:${send.id}:0`)).toHaveLength(1);
  });

  it("emails once across two workers, reminds at J+3 and J+7, and stops after the answer", async () => {
    const fixture = await createEvaluatedAction({ endDate: day("2026-11-10"), kinds: [{ kind: "HOT" }] });
    await planEvaluations({}, { now: at("2026-11-10") });
    const [ana, bruno] = await sendsOf(fixture.action.id);

    await Promise.all([
      sendEvaluation({ sendId: ana.id, step: 0 }, { now: at("2026-11-10") }),
      sendEvaluation({ sendId: ana.id, step: 0 }, { now: at("2026-11-10") }),
    ]);
    expect(await emailsTo(ana.email!)).toBe(1);
    const reminder = await db.$queryRaw<
      { run_at: Date }[]
    >`SELECT run_at FROM graphile_worker._private_jobs WHERE key = ${`evaluation:${ana.id}:1`}`;
    expect(reminder[0].run_at.toISOString()).toBe("2026-11-13T10:00:00.000Z");

    await sendEvaluation({ sendId: bruno.id, step: 0 }, { now: at("2026-11-10") });
    await sendEvaluation({ sendId: ana.id, step: 1 }, { now: at("2026-11-13") });
    await sendEvaluation({ sendId: ana.id, step: 1 }, { now: at("2026-11-13") });
    expect(await emailsTo(ana.email!)).toBe(2);
    expect(await db.emailOutbox.count({ where: { to: ana.email!, template: "evaluation-reminder" } })).toBe(1);

    // Ana answers through the reminder's link: the J+7 reminder does not go; Bruno's does.
    const token = await evaluationLinkTo(ana.email!);
    simulateRequest({ host: DEMO_HOSTS.formapro });
    const state = await answerByLinkAction(idleState, form({ token, q_qscale1: "5", q_qnps01: "9" }));
    expect(state.status).toBe("success");
    await sendEvaluation({ sendId: ana.id, step: 2 }, { now: at("2026-11-17") });
    expect(await emailsTo(ana.email!)).toBe(2);
    await sendEvaluation({ sendId: bruno.id, step: 1 }, { now: at("2026-11-13") });
    await sendEvaluation({ sendId: bruno.id, step: 2 }, { now: at("2026-11-17") });
    expect(await emailsTo(bruno.email!)).toBe(3);
  });

  it("skips a seat cancelled after the send was planned", async () => {
    const fixture = await createEvaluatedAction({ endDate: day("2026-11-05"), kinds: [{ kind: "HOT" }] });
    await planEvaluations({}, { now: at("2026-11-05") });
    const [ana] = await sendsOf(fixture.action.id);
    await db.enrolment.update({ where: { id: fixture.enrolments[0].id }, data: { status: "CANCELLED" } });
    await sendEvaluation({ sendId: ana.id, step: 0 }, { now: at("2026-11-05") });
    expect(await emailsTo(ana.email!)).toBe(0);
    expect((await db.evaluationSend.findUniqueOrThrow({ where: { id: ana.id } })).cancelledAt).not.toBeNull();
  });

  it("opens a link once, on its own organisation only, until it expires; a bad answer keeps what was typed", async () => {
    const fixture = await createEvaluatedAction({ endDate: day("2026-11-01"), kinds: [{ kind: "HOT" }] });
    await planEvaluations({}, { now: at("2026-11-01") });
    const [ana] = await sendsOf(fixture.action.id);
    await sendEvaluation({ sendId: ana.id, step: 0 }, { now: new Date() });
    const token = await evaluationLinkTo(ana.email!);

    expect(await openQuestionnaireByToken({ db, site: await horizonSite(), token })).toEqual({ closed: "invalid" });
    expect(await openQuestionnaireByToken({ db, site: await formaproSite(), token: "x".repeat(43) })).toEqual({ closed: "invalid" });
    expect(await openQuestionnaireByToken({ db, site: await formaproSite(), token, now: new Date(Date.now() + 31 * 86_400_000) })).toEqual({
      closed: "expired",
    });
    const open = await openQuestionnaireByToken({ db, site: await formaproSite(), token });
    expect("open" in open && open.open.questions).toHaveLength(5);

    simulateRequest({ host: DEMO_HOSTS.horizon });
    expect(await answerByLinkAction(idleState, form({ token, q_qscale1: "5", q_qnps01: "9" }))).toMatchObject({
      formError: "link_invalid",
    });

    simulateRequest({ host: DEMO_HOSTS.formapro });
    const bad = await answerByLinkAction(idleState, form({ token, q_qscale1: "7", q_qtext01: "Très bien" }));
    expect(bad).toMatchObject({
      status: "error",
      fieldErrors: { q_qscale1: ["answer_invalid"], q_qnps01: ["answer_required"] },
      values: { q_qtext01: "Très bien" },
    });
    const good = await answerByLinkAction(
      idleState,
      form({ token, q_qscale1: "4", q_qnps01: "10", q_qmulti1_0: "on", q_qmulti1_2: "on", q_qsingle: "Adapté" }),
    );
    expect(good.status).toBe("success");
    const answer = await db.evaluationAnswer.findUniqueOrThrow({ where: { sendId: ana.id } });
    expect(answer.values).toEqual({ qscale1: 4, qnps01: 10, qmulti1: ["Formateur", "Exercices"], qsingle: "Adapté" });

    expect(await answerByLinkAction(idleState, form({ token, q_qscale1: "1", q_qnps01: "0" }))).toMatchObject({
      formError: "link_answered",
    });
    expect(await openQuestionnaireByToken({ db, site: await formaproSite(), token })).toEqual({ closed: "answered" });
  });

  it("lets a contact answer the company questionnaire once, and no other company or organisation", async () => {
    const fixture = await createEvaluatedAction({ endDate: day("2026-10-28"), kinds: [{ kind: "COMPANY" }] });
    await planEvaluations({}, { now: at("2026-10-28") });
    const [companySend] = await sendsOf(fixture.action.id);
    await sendEvaluation({ sendId: companySend.id, step: 0 }, { now: at("2026-10-28") });
    expect(
      await db.emailOutbox.count({
        where: {
          template: "evaluation-company-request",
          to: "claire.martin@groupe-martin.test",
          html: { contains: `/evaluations/${companySend.id}` },
        },
      }),
    ).toBe(1);

    const answers = { sendId: companySend.id, q_qscale1: "4", q_qnps01: "8" };
    simulateRequest({ host: DEMO_HOSTS.horizon, identity: await demoIdentity("pharmacieDuParcContact") });
    expect(await isNotFound(answerCompanyAction(idleState, form(answers)))).toBe(true);
    simulateRequest({ host: DEMO_HOSTS.formaproNantes, identity: await demoIdentity("transportsRiviereContact") });
    expect(await isNotFound(answerCompanyAction(idleState, form(answers)))).toBe(true);

    simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
    expect((await answerCompanyAction(idleState, form(answers))).status).toBe("success");
    expect(await answerCompanyAction(idleState, form(answers))).toMatchObject({ formError: "already_answered" });
    const answeredEvents = await db.domainEvent.findMany({
      where: { type: "evaluation.answered", payload: { path: ["evaluationId"], equals: companySend.id } },
      select: { payload: true },
      take: 5,
    });
    expect(answeredEvents.map((event) => event.payload)).toEqual([
      expect.objectContaining({ evaluationId: companySend.id, actionId: fixture.action.id, participantId: null }),
    ]);
    await sendEvaluation({ sendId: companySend.id, step: 1 }, { now: at("2026-10-31") });
    expect(
      await db.emailOutbox.count({
        where: { template: "evaluation-company-reminder", html: { contains: `/evaluations/${companySend.id}` } },
      }),
    ).toBe(0);
  });
});
