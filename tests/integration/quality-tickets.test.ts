jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);

import { requireContact } from "@/lib/auth/require-contact";
import { requireStaff } from "@/lib/auth/require-staff";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { db } from "@/lib/db";
import { companyScope } from "@/lib/tenancy/company-scope";
import { changeTicketStatus, reopenTicket } from "@/lib/tickets/change-ticket-status";
import { exportComplaintsCsv } from "@/lib/tickets/export-complaints-csv";
import { getTicket } from "@/lib/tickets/get-ticket";
import { listTickets } from "@/lib/tickets/list-tickets";
import {
  changeTicketStatusAction,
  contactReplyAction,
  createTicketAction,
  reopenTicketAction,
  staffReplyAction,
  updateTicketHandlingAction,
} from "@/lib/tickets/ticket-actions";
import { canTransition, TICKET_STATUSES } from "@/lib/tickets/ticket-workflow";
import { GET as exportRoute } from "@/app/s/[site]/admin/tickets/export/route";
import { POST as contactAttach } from "@/app/s/[site]/(extranet)/qualite/[ticketId]/pieces-jointes/route";
import { POST as staffAttach } from "@/app/s/[site]/admin/tickets/[ticketId]/pieces-jointes/route";
import { DEMO_HOSTS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { seedId } from "@/prisma/seed/seed-ids";
import { isNotFound, simulateRequest } from "../support/next-request-mock";
import { SAMPLE_FILES } from "../support/sample-files";
const riviereTicketId = seedId("ticket", "formapro/1");
const horizonTicketId = seedId("ticket", "horizon/1");

async function asClaire() {
  simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
  return requireContact();
}
async function asFormaproStaff() {
  simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("formaproManager") });
  return requireStaff();
}
async function asHorizonStaff() {
  simulateRequest({ host: DEMO_HOSTS.horizon, identity: await demoIdentity("horizonAdmin") });
  return requireStaff();
}
function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}
function dataOf<T>(state: ActionState<T>): T {
  if (state.status !== "success") throw new Error(`expected success, got ${JSON.stringify(state)}`);
  return state.data;
}
async function newTicket(category = "RECLAMATION") {
  await asClaire();
  const subject = `Sujet ${Math.random().toString(36).slice(2, 8)}`;
  return {
    subject,
    ...dataOf(await createTicketAction(idleState, form({ category, subject, description: "Une description assez longue." }))),
  };
}
const attachRequest = (url: string) => new Request(url, { method: "POST", body: new Uint8Array(SAMPLE_FILES.pdf) });
const params = (ticketId: string) => ({ params: Promise.resolve({ ticketId }) });

jest.setTimeout(30_000);

describe("quality tickets", () => {
  afterAll(async () => {
    await db.$disconnect();
  });

  it("numbers a new ticket from the organisation's counter, starts its thread and notifies staff", async () => {
    const before = (await db.organization.findUniqueOrThrow({ where: { id: DEMO_ORGANIZATIONS.formapro.id } })).lastTicketNumber;
    const created = await newTicket();
    expect(created.number).toBe(before + 1);
    const ticket = await getTicket({ scope: companyScope(await asClaire()), ticketId: created.id });
    expect(ticket).toMatchObject({ status: "OPEN", category: "RECLAMATION", authorName: "Claire Martin", companyName: "Groupe Martin" });
    expect(ticket.messages).toHaveLength(1);
    expect(
      await db.emailOutbox.count({ where: { template: "ticket-staff-notice", subject: { contains: created.subject } } }),
    ).toBeGreaterThan(0);
    expect(await db.auditEvent.count({ where: { action: "ticket.created", targetId: created.id } })).toBe(1);
  });

  it("validates the form and refuses an action the company does not take part in", async () => {
    await asClaire();
    const invalid = await createTicketAction(idleState, form({ category: "AUTRE", subject: "x", description: "court" }));
    expect(invalid).toMatchObject({
      status: "error",
      fieldErrors: { category: ["category_required"], subject: ["subject_required"], description: ["description_required"] },
    });
    const riviereAction = await db.trainingAction.findFirstOrThrow({
      where: { organizationId: DEMO_ORGANIZATIONS.formapro.id, type: "INTRA", company: { name: "Transports Rivière" } },
    });
    expect(
      await isNotFound(
        createTicketAction(
          idleState,
          form({ category: "QUESTION", subject: "Sujet", description: "Une description assez longue.", actionId: riviereAction.id }),
        ),
      ),
    ).toBe(true);
    const horizonAction = await db.trainingAction.findFirstOrThrow({ where: { organizationId: DEMO_ORGANIZATIONS.horizon.id } });
    expect(
      await isNotFound(
        createTicketAction(
          idleState,
          form({ category: "QUESTION", subject: "Sujet", description: "Une description assez longue.", actionId: horizonAction.id }),
        ),
      ),
    ).toBe(true);
  });

  it("never shows another company's or organisation's tickets", async () => {
    const context = await asClaire();
    const mine = await listTickets({ scope: companyScope(context) });
    expect(mine.every((ticket) => ticket.companyName === "Groupe Martin")).toBe(true);
    expect(await isNotFound(getTicket({ scope: companyScope(context), ticketId: riviereTicketId }))).toBe(true);
    expect(await isNotFound(getTicket({ scope: companyScope(context), ticketId: horizonTicketId }))).toBe(true);
    expect(await isNotFound(contactReplyAction(idleState, form({ ticketId: riviereTicketId, body: "Bonjour" })))).toBe(true);
    expect(await isNotFound(reopenTicketAction(idleState, form({ ticketId: horizonTicketId })))).toBe(true);
    expect((await contactAttach(attachRequest("http://x/?name=a.pdf"), params(riviereTicketId))).status).toBe(404);

    await asHorizonStaff();
    const formaproTicket = await newTicket();
    await asHorizonStaff();
    expect(await isNotFound(staffReplyAction(idleState, form({ ticketId: formaproTicket.id, body: "Bonjour" })))).toBe(true);
    expect(await isNotFound(changeTicketStatusAction(idleState, form({ ticketId: formaproTicket.id, status: "ACKNOWLEDGED" })))).toBe(true);
    expect(await isNotFound(updateTicketHandlingAction(idleState, form({ ticketId: formaproTicket.id, analysis: "x" })))).toBe(true);
    expect((await staffAttach(attachRequest("http://x/?name=a.pdf"), params(formaproTicket.id))).status).toBe(404);
    const horizonStaff = await requireStaff();
    expect(
      (await listTickets({ scope: { organizationId: horizonStaff.organizationId } })).some((ticket) => ticket.id === formaproTicket.id),
    ).toBe(false);
    expect(await exportComplaintsCsv({ organizationId: horizonStaff.organizationId })).not.toContain(formaproTicket.subject);
  });

  it("follows ouvert → pris en compte → en cours → résolu → clos and refuses every other transition", async () => {
    for (const from of TICKET_STATUSES) {
      for (const to of TICKET_STATUSES) {
        const allowed =
          (from === "OPEN" && to === "ACKNOWLEDGED") ||
          (from === "ACKNOWLEDGED" && to === "IN_PROGRESS") ||
          (from === "IN_PROGRESS" && to === "RESOLVED") ||
          (from === "RESOLVED" && (to === "CLOSED" || to === "IN_PROGRESS"));
        expect([from, to, canTransition(from, to)]).toEqual([from, to, allowed]);
      }
    }
    const { id } = await newTicket();
    const staff = await asFormaproStaff();
    const move = (status: string) => changeTicketStatusAction(idleState, form({ ticketId: id, status }));
    expect(await move("IN_PROGRESS")).toMatchObject({ status: "error", formError: "transition_not_allowed" });
    expect(await move("CLOSED")).toMatchObject({ status: "error", formError: "transition_not_allowed" });
    expect(dataOf(await move("ACKNOWLEDGED"))).toEqual({ ticketStatus: "ACKNOWLEDGED" });
    expect((await db.qualityTicket.findUniqueOrThrow({ where: { id } })).acknowledgedAt).not.toBeNull();
    expect(await move("RESOLVED")).toMatchObject({ status: "error", formError: "transition_not_allowed" });
    expect(dataOf(await move("IN_PROGRESS"))).toEqual({ ticketStatus: "IN_PROGRESS" });
    expect(dataOf(await move("RESOLVED"))).toEqual({ ticketStatus: "RESOLVED" });
    expect(
      await db.emailOutbox.count({
        where: { template: "ticket-contact-notice", to: "claire.martin@groupe-martin.test", subject: { contains: "Sujet" } },
      }),
    ).toBeGreaterThan(0);

    // The contact reopens it within the delay; later it can no longer be reopened.
    await asClaire();
    expect(dataOf(await reopenTicketAction(idleState, form({ ticketId: id })))).toEqual({ ticketStatus: "IN_PROGRESS" });
    await changeTicketStatus({ organizationId: staff.organizationId, ticketId: id, userId: staff.user.id, to: "RESOLVED" });
    const late = new Date(Date.now() + 60 * 86_400_000);
    expect(await reopenTicket({ scope: companyScope(await asClaire()), ticketId: id, userId: staff.user.id, now: late })).toEqual({
      error: "reopen_expired",
    });

    await asFormaproStaff();
    expect(dataOf(await move("CLOSED"))).toEqual({ ticketStatus: "CLOSED" });
    for (const status of TICKET_STATUSES)
      expect(await move(status)).toMatchObject({ status: "error", formError: "transition_not_allowed" });
    await asClaire();
    expect(await contactReplyAction(idleState, form({ ticketId: id, body: "Encore une chose" }))).toMatchObject({
      status: "error",
      fieldErrors: { body: ["ticket_closed"] },
    });
    expect(await reopenTicketAction(idleState, form({ ticketId: id }))).toMatchObject({
      status: "error",
      formError: "transition_not_allowed",
    });
  });

  it("threads replies both ways with an email to the other side, and attachments", async () => {
    const { id, subject } = await newTicket("QUESTION");
    await asFormaproStaff();
    dataOf(await staffReplyAction(idleState, form({ ticketId: id, body: "Voici notre réponse." })));
    expect(
      await db.emailOutbox.count({
        where: { template: "ticket-contact-notice", to: "claire.martin@groupe-martin.test", subject: { contains: subject } },
      }),
    ).toBe(1);
    await asClaire();
    dataOf(await contactReplyAction(idleState, form({ ticketId: id, body: "Merci !" })));
    expect((await contactAttach(attachRequest("http://x/?name=preuve.pdf"), params(id))).status).toBe(201);
    expect((await contactAttach(attachRequest("http://x/?name=preuve.exe"), params(id))).status).toBe(422);
    const ticket = await getTicket({ scope: companyScope(await asClaire()), ticketId: id });
    expect(ticket.messages.map((message) => [message.fromStaff, message.body])).toEqual([
      [false, "Une description assez longue."],
      [true, "Voici notre réponse."],
      [false, "Merci !"],
      [false, ""],
    ]);
    expect(ticket.messages[3]!.attachments.map((file) => file.name)).toEqual(["preuve.pdf"]);
  });

  it("records the handling, filters overdue acknowledgements and exports complaints for Excel", async () => {
    const { id, subject } = await newTicket();
    const staff = await asFormaproStaff();
    await db.qualityTicket.update({ where: { id }, data: { receivedAt: new Date(Date.now() - 5 * 86_400_000) } });
    dataOf(
      await updateTicketHandlingAction(
        idleState,
        form({
          ticketId: id,
          ownerUserId: staff.user.id,
          severity: "HIGH",
          analysis: "=SOMME(A1)",
          correctiveAction: "Procédure revue; formateur briefé",
        }),
      ),
    );
    const horizonAdmin = await db.user.findFirstOrThrow({ where: { organizationId: DEMO_ORGANIZATIONS.horizon.id, kind: "STAFF" } });
    expect(await isNotFound(updateTicketHandlingAction(idleState, form({ ticketId: id, ownerUserId: horizonAdmin.id })))).toBe(true);

    const overdue = await listTickets({ scope: { organizationId: staff.organizationId }, filters: { overdue: true } });
    expect(overdue.map((ticket) => ticket.id)).toContain(id);
    expect(overdue.every((ticket) => ticket.overdue)).toBe(true);
    const questions = await listTickets({ scope: { organizationId: staff.organizationId }, filters: { category: "QUESTION" } });
    expect(questions.every((ticket) => ticket.category === "QUESTION")).toBe(true);
    const { company } = await db.qualityTicket.findUniqueOrThrow({ where: { id }, select: { company: { select: { name: true } } } });
    const byName = (companyName: string) =>
      listTickets({ scope: { organizationId: staff.organizationId }, filters: { companyName }, take: 500 }).then((rows) =>
        rows.map((row) => row.id),
      );
    expect(await byName(company.name.slice(0, 8).toUpperCase())).toContain(id);
    expect(await byName("aucune entreprise de ce nom")).toEqual([]);

    const response = await exportRoute(new Request(`http://${DEMO_HOSTS.formapro}/admin/tickets/export`));
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    const [header, ...rows] = csv.trimEnd().split("\r\n");
    expect(header).toContain('"Numéro";"Date de réception";"Entreprise";"Auteur";"Objet"');
    expect(header).toContain('"Action corrective";"Date de résolution"');
    expect(csv).toContain("Supports non remis et salle trop petite");
    const row = rows.find((line) => line.includes(subject))!;
    expect(row).toContain('"Groupe Martin";"Claire Martin"');
    expect(row).toContain('"élevée";"Thomas Leroy"');
    expect(row).toContain(`"'=SOMME(A1)"`); // a formula is neutralised for Excel
    expect(row).toContain('"Procédure revue; formateur briefé"');
    expect(csv).not.toContain("Prise en charge OPCO"); // a question, not a complaint
  });
});
