jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { idleState } from "@/lib/actions/action-state";
import { db } from "@/lib/db";
import { getTicketPrefill } from "@/lib/improvements/get-ticket-prefill";
import { createImprovementAction, updateImprovementAction } from "@/lib/improvements/improvement-actions";
import { seedId } from "@/prisma/seed/seed-ids";
import { GET as exportRoute } from "@/app/s/[site]/admin/qualite/ameliorations/export/route";
import { DEMO_HOSTS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { isNotFound, redirectTarget, simulateRequest } from "../support/next-request-mock";

jest.setTimeout(30_000);

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const asFormaproStaff = async () => simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("formaproManager") });
const asHorizonStaff = async () => simulateRequest({ host: DEMO_HOSTS.horizon, identity: await demoIdentity("horizonAdmin") });
const formaproTicket = seedId("ticket", "formapro/1");

describe("improvement actions", () => {
  afterAll(() => db.$disconnect());

  it("are created from a ticket or an answer, bring the action along, and go to the register", async () => {
    await asFormaproStaff();
    const title = `Chauffer la salle ${Date.now()}`;
    expect(await createImprovementAction(idleState, form({ title: "x", description: "Vérifier", dueDate: "demain" }))).toMatchObject({
      fieldErrors: { title: ["title_required"], dueDate: ["date_invalid"] },
      values: { description: "Vérifier", dueDate: "demain" },
    });
    expect(
      (
        await createImprovementAction(
          idleState,
          form({ title, description: "Vérifier le chauffage avant chaque session.", dueDate: "2026-12-15", ticketId: formaproTicket }),
        )
      ).status,
    ).toBe("success");
    const created = await db.improvementAction.findFirstOrThrow({ where: { title } });
    const ticket = await db.qualityTicket.findUniqueOrThrow({ where: { id: formaproTicket } });
    expect(created).toMatchObject({ source: "QUALITY_TICKET", ticketId: formaproTicket, actionId: ticket.actionId, status: "PLANNED" });
    expect(await getTicketPrefill({ staff: { organizationId: DEMO_ORGANIZATIONS.formapro.id }, ticketId: formaproTicket })).toEqual({
      number: ticket.number,
      subject: ticket.subject,
    });

    const answered = await db.evaluationSend.findFirstOrThrow({
      where: { organizationId: DEMO_ORGANIZATIONS.formapro.id, answeredAt: { not: null } },
    });
    await createImprovementAction(idleState, form({ title: `${title} (avis)`, description: "Revoir le support.", sendId: answered.id }));
    expect(await db.improvementAction.findFirstOrThrow({ where: { title: `${title} (avis)` } })).toMatchObject({
      source: "EVALUATION_ANSWER",
      actionId: answered.actionId,
    });

    expect(
      (await updateImprovementAction(idleState, form({ improvementId: created.id, status: "DONE", outcome: "Salle à 20 °C depuis." })))
        .status,
    ).toBe("success");
    const csv = await (await exportRoute(new Request(`http://${DEMO_HOSTS.formapro}/admin/qualite/ameliorations/export`))).text();
    expect(csv).toContain(`"${title}"`);
    expect(csv).toContain('"Réalisée";"Salle à 20 °C depuis."');
  });

  it("answer not found with another organisation's ticket, answer, action or improvement, and refuse contacts", async () => {
    await asFormaproStaff();
    const title = `Amélioration ${Date.now()}`;
    await createImprovementAction(idleState, form({ title, description: "Une description." }));
    const formaproImprovement = await db.improvementAction.findFirstOrThrow({ where: { title } });
    const formaproSend = await db.evaluationSend.findFirstOrThrow({
      where: { organizationId: DEMO_ORGANIZATIONS.formapro.id, answeredAt: { not: null } },
    });

    await asHorizonStaff();
    const base = { title: "Une action", description: "Une description." };
    expect(await isNotFound(createImprovementAction(idleState, form({ ...base, ticketId: formaproTicket })))).toBe(true);
    expect(await getTicketPrefill({ staff: { organizationId: DEMO_ORGANIZATIONS.horizon.id }, ticketId: formaproTicket })).toBeNull();
    expect(await isNotFound(createImprovementAction(idleState, form({ ...base, sendId: formaproSend.id })))).toBe(true);
    expect(await isNotFound(createImprovementAction(idleState, form({ ...base, actionId: formaproSend.actionId })))).toBe(true);
    expect(await isNotFound(updateImprovementAction(idleState, form({ improvementId: formaproImprovement.id, status: "DONE" })))).toBe(
      true,
    );
    const horizonCsv = await (await exportRoute(new Request(`http://${DEMO_HOSTS.horizon}/admin/qualite/ameliorations/export`))).text();
    expect(horizonCsv).not.toContain(title);

    simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
    expect(await redirectTarget(createImprovementAction(idleState, form(base)))).toBe("/");
  });
});
