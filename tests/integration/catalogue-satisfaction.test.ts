jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { randomBytes } from "node:crypto";
import { idleState } from "@/lib/actions/action-state";
import { loadModuleSatisfaction, MIN_SATISFACTION_ANSWERS } from "@/lib/catalogue/module-satisfaction";
import { db } from "@/lib/db";
import { submitAnswer } from "@/lib/evaluations/submit-answer";
import { updateOptionsAction } from "@/lib/settings/settings-actions";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { createFixtureTemplate } from "../support/evaluation-fixture";
import { simulateRequest } from "../support/next-request-mock";

jest.setTimeout(60_000);

const organizationId = DEMO_ORGANIZATIONS.horizon.id;
const companyId = DEMO_COMPANIES.pharmacieDuParc.id;
const key = randomBytes(4).toString("hex");

/** The Horizon options form as it stands, with publishSatisfaction set as given (the other boxes kept). */
async function setPublishSatisfaction(on: boolean) {
  const organization = await db.organization.findUniqueOrThrow({ where: { id: organizationId } });
  const data = new FormData();
  for (const name of ["extranetEnabled", "inviteCheckedByDefault", "multiExtranet", "requireContactTotp"] as const)
    if (organization[name]) data.set(name, "on");
  if (on) data.set("publishSatisfaction", "on");
  simulateRequest({ host: DEMO_HOSTS.horizon, identity: await demoIdentity("horizonAdmin") });
  expect((await updateOptionsAction(idleState, data)).status).toBe("success");
}

/** A module of Horizon taught in one ended action, with `scores.length` sends of the participants' HOT questionnaire; the first `answered` answered. */
async function createRatedModule(scores: number[], answered: number) {
  const ratedModule = await db.module.create({
    data: {
      organizationId,
      code: `SAT-${key}`,
      title: `Accueil client ${key}`,
      category: "Commerce",
      durationHours: 7,
      defaultPriceCents: 50_000,
      published: true,
    },
  });
  const action = await db.trainingAction.create({
    data: {
      organizationId,
      number: `ADF_SAT_${key}`,
      type: "INTER",
      status: "COMPLETED",
      title: ratedModule.title,
      startDate: new Date("2026-10-01"),
      endDate: new Date("2026-10-01"),
      durationHours: 7,
      maxPlaces: 12,
    },
  });
  await db.actionModule.create({ data: { organizationId, actionId: action.id, moduleId: ratedModule.id } });
  const template = await createFixtureTemplate("HOT", organizationId);
  const version = await db.evaluationTemplateVersion.findFirstOrThrow({ where: { templateId: template.id } });
  const sends: { send: { id: string }; score: number }[] = [];
  for (const [index, score] of scores.entries()) {
    const participant = await db.participant.create({ data: { organizationId, companyId, firstName: `P${index}`, lastName: key } });
    const enrolment = await db.enrolment.create({
      data: { organizationId, companyId, actionId: action.id, participantId: participant.id, status: "CONFIRMED" },
    });
    const send = await db.evaluationSend.create({
      data: {
        organizationId,
        companyId,
        actionId: action.id,
        kind: "HOT",
        versionId: version.id,
        enrolmentId: enrolment.id,
        recipientKey: `enrolment:${enrolment.id}`,
        dueAt: new Date(),
        sentAt: new Date(),
      },
    });
    sends.push({ send, score });
  }
  const answer = ({ send, score }: (typeof sends)[number]) =>
    db.$transaction((tx) =>
      submitAnswer({ tx, send: { sendId: send.id, organizationId, companyId }, values: { qscale1: score, qnps01: 8 }, userId: null }),
    );
  for (const entry of sends.slice(0, answered)) await answer(entry);
  return { module: ratedModule, answerNext: () => answer(sends[answered]) };
}

describe("catalogue satisfaction rate (indicator 2)", () => {
  afterAll(async () => {
    await setPublishSatisfaction(false);
    await db.$disconnect();
  });

  it("shows each module's rate from its participants' answers when published, from the minimum number of answers, kept fresh", async () => {
    const rated = await createRatedModule([5, 4, 2, 5, 3, 4], MIN_SATISFACTION_ANSWERS - 1);
    await setPublishSatisfaction(true);
    expect((await loadModuleSatisfaction(organizationId)).get(rated.module.id)).toBeUndefined();

    // Kept in the organisation's cached data (one aggregate query for every module) until an answer arrives.
    const cached = await loadModuleSatisfaction(organizationId);
    expect(await loadModuleSatisfaction(organizationId)).toBe(cached);
    await rated.answerNext();
    const fresh = await loadModuleSatisfaction(organizationId);
    expect(fresh).not.toBe(cached);
    expect(fresh.get(rated.module.id)).toEqual({ rate: 0.6, answers: 5 });

    await setPublishSatisfaction(false);
    expect((await loadModuleSatisfaction(organizationId)).size).toBe(0);
    await setPublishSatisfaction(true);
    expect((await loadModuleSatisfaction(organizationId)).get(rated.module.id)).toEqual({ rate: 0.6, answers: 5 });
    // Another organisation's rates are its own.
    expect((await loadModuleSatisfaction(DEMO_ORGANIZATIONS.formapro.id)).has(rated.module.id)).toBe(false);
  });
});
