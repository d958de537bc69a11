// The contact's per-kind email choice governs the emails features send themselves: the ticket's answer,
// the order's decision, the company's questionnaire — immediately: that email; digest: none now, the
// notification waits for the digest; never: none. Another company's contact never receives them.
jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { sendEvaluation } from "@/lib/evaluations/send-evaluation";
import type { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/enums";
import { decideOrder } from "@/lib/orders/decide-order";
import { replyToTicket } from "@/lib/tickets/reply-to-ticket";
import { DEMO_COMPANIES, DEMO_LOGINS, DEMO_ORGANIZATIONS } from "../support/demo";

const formapro = DEMO_ORGANIZATIONS.formapro.id;
const martin = DEMO_COMPANIES.groupeMartin.id;
const riviere = DEMO_COMPANIES.transportsRiviere.id;
const claireEmail = DEMO_LOGINS.groupeMartinContact.email;
const uniqueId = () => `t${randomUUID().replaceAll("-", "").slice(0, 20)}`;
const DELIVERIES: NotificationDelivery[] = ["IMMEDIATE", "DIGEST", "NEVER"];

let claire: { contactId: string; userId: string };
let staff: { organizationId: string; user: { id: string } };

beforeAll(async () => {
  const access = await db.extranetAccess.findFirstOrThrow({
    where: { user: { email: claireEmail } },
    select: { contactId: true, userId: true },
  });
  claire = { contactId: access.contactId, userId: access.userId! };
  const admin = await db.user.findFirstOrThrow({ where: { email: DEMO_LOGINS.formaproAdmin.email }, select: { id: true } });
  staff = { organizationId: formapro, user: admin };
});

afterAll(async () => {
  await db.notificationPreference.deleteMany({ where: { contactId: claire.contactId } });
  await db.$disconnect();
});

const choose = (kind: NotificationKind, delivery: NotificationDelivery) =>
  db.notificationPreference.upsert({
    where: { contactId_kind: { contactId: claire.contactId, kind } },
    create: { organizationId: formapro, contactId: claire.contactId, kind, delivery },
    update: { delivery },
  });
const emailsToClaire = (template: string, subjectPart: string) =>
  db.emailOutbox.count({ where: { to: claireEmail, template, subject: { contains: subjectPart } } });
const expected = (delivery: NotificationDelivery) => (delivery === "IMMEDIATE" ? 1 : 0);

async function answerTicketOf(companyId: string) {
  const ticket = await db.qualityTicket.findFirstOrThrow({
    where: { organizationId: formapro, companyId },
    select: { id: true, number: true },
  });
  await db.qualityTicket.update({ where: { id: ticket.id }, data: { authorUserId: claire.userId, status: "IN_PROGRESS" } });
  const body = `Réponse ${uniqueId()}`;
  await replyToTicket({ scope: { organizationId: formapro }, ticketId: ticket.id, userId: staff.user.id, fromStaff: true, body });
  return db.emailOutbox.count({ where: { to: claireEmail, template: "ticket-contact-notice", html: { contains: body } } });
}

async function decideOrderOf(companyId: string) {
  const number = `C-${uniqueId()}`;
  const order = await db.order.create({
    data: {
      organizationId: formapro,
      companyId,
      contactId: claire.contactId,
      number,
      requesterName: "Claire Martin",
      requesterEmail: claireEmail,
    },
  });
  await decideOrder({ staff: staff as never, orderId: order.id, decision: "confirm" });
  return emailsToClaire("order-decision", number);
}

async function requestCompanyEvaluationOf(companyId: string) {
  const [action, version] = await Promise.all([
    db.trainingAction.findFirstOrThrow({
      where: { organizationId: formapro, status: { not: "CANCELLED" } },
      select: { id: true, title: true },
    }),
    db.evaluationTemplateVersion.findFirstOrThrow({ where: { organizationId: formapro }, select: { id: true } }),
  ]);
  const send = await db.evaluationSend.create({
    data: {
      organizationId: formapro,
      companyId,
      actionId: action.id,
      kind: "COMPANY",
      versionId: version.id,
      recipientKey: `company:${uniqueId()}`,
      dueAt: new Date(),
    },
  });
  const before = await emailsToClaire("evaluation-company-request", action.title);
  await sendEvaluation({ sendId: send.id, step: 0 });
  return (await emailsToClaire("evaluation-company-request", action.title)) - before;
}

describe.each(DELIVERIES)("the contact chose %s", (delivery) => {
  it("the ticket's answer emails them only at once", async () => {
    await choose("TICKET_ANSWERED", delivery);
    expect(await answerTicketOf(martin)).toBe(expected(delivery));
  });

  it("the order's decision emails them only at once", async () => {
    await choose("ORDER_DECIDED", delivery);
    expect(await decideOrderOf(martin)).toBe(expected(delivery));
  });

  it("the company's questionnaire emails them only at once", async () => {
    await choose("EVALUATION_TO_ANSWER", delivery);
    expect(await requestCompanyEvaluationOf(martin)).toBe(expected(delivery));
  });
});

describe("another company's news", () => {
  beforeAll(() =>
    Promise.all((["TICKET_ANSWERED", "ORDER_DECIDED", "EVALUATION_TO_ANSWER"] as const).map((kind) => choose(kind, "IMMEDIATE"))),
  );

  it("never reaches the contact, whatever they chose", async () => {
    expect(await answerTicketOf(riviere)).toBe(0);
    expect(await decideOrderOf(riviere)).toBe(0);
    expect(await requestCompanyEvaluationOf(riviere)).toBe(0);
  });

  it("a visitor's order (no company, no preferences) is still answered by email", async () => {
    const number = `C-${uniqueId()}`;
    const order = await db.order.create({
      data: { organizationId: formapro, number, requesterName: "Un visiteur", requesterEmail: "visiteur@example.test" },
    });
    await decideOrder({ staff: staff as never, orderId: order.id, decision: "decline" });
    expect(
      await db.emailOutbox.count({ where: { to: "visiteur@example.test", template: "order-decision", subject: { contains: number } } }),
    ).toBe(1);
  });
});
