// Notifications: each kind produced once per source and contact from its domain event (or its cron), even
// with two workers dispatching at once and a dispatch run twice; email preferences respected (at once,
// daily digest, never); the digest groups the day's notifications once; another company's or
// organisation's contact, or a revoked access, never notified; another contact's notification id answers
// "not found" when marked read.
jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { randomUUID } from "node:crypto";
import { idleState } from "@/lib/actions/action-state";
import { recordAttendance } from "@/lib/attendance/record-attendance";
import { db } from "@/lib/db";
import { dispatchEvent } from "@/lib/events/dispatch-event";
import type { EventData, EventType } from "@/lib/events/event-types";
import { recordEvent } from "@/lib/events/record-event";
import {
  markAllNotificationsReadAction,
  markNotificationReadAction,
  saveNotificationPreferencesAction,
} from "@/lib/notifications/notification-actions";
import { NOTIFICATION_KIND_LIST } from "@/lib/notifications/notification-kinds";
import { countUnreadNotifications } from "@/lib/notifications/list-notifications";
import { notifyOverdueInvoices } from "@/lib/notifications/notify-overdue-invoices";
import { notifyParticipantsToIdentify } from "@/lib/notifications/notify-participants-to-identify";
import { sendNotificationDigests } from "@/lib/notifications/send-notification-digests";
import { DEMO_COMPANIES, DEMO_LOGINS, DEMO_ORGANIZATIONS, DEMO_REVOKED_LOGIN, demoIdentity } from "../support/demo";
import { simulateRequest } from "../support/next-request-mock";

const formapro = DEMO_ORGANIZATIONS.formapro.id;
const horizon = DEMO_ORGANIZATIONS.horizon.id;
const martin = DEMO_COMPANIES.groupeMartin.id;

const form = (values: Record<string, string> = {}) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};
const uniqueId = () => `t${randomUUID().replaceAll("-", "").slice(0, 20)}`;

async function contactOf(email: string) {
  const access = await db.extranetAccess.findFirstOrThrow({ where: { user: { email } }, select: { contactId: true } });
  return access.contactId;
}

/** Records the event as its mutation would, then dispatches it as two workers at once, then once more (a retry). */
async function happen<T extends EventType>(organizationId: string, type: T, data: EventData<T>) {
  const event = await db.$transaction((tx) =>
    recordEvent(tx, { organizationId, companyId: (data as { companyId?: string }).companyId, type, data }),
  );
  await Promise.all([dispatchEvent({ eventId: event.id }), dispatchEvent({ eventId: event.id })]);
  await dispatchEvent({ eventId: event.id });
  return event;
}

const notificationsOf = (contactId: string, sourceKey: string) => db.notification.findMany({ where: { contactId, sourceKey } });
const emailsTo = (email: string, subjectPart: string) =>
  db.emailOutbox.findMany({ where: { to: email, subject: { contains: subjectPart } }, select: { template: true, subject: true } });

async function setPreference(login: keyof typeof DEMO_LOGINS, choices: Record<string, string>) {
  simulateRequest({ host: DEMO_LOGINS[login].host, identity: await demoIdentity(login) });
  const all = Object.fromEntries(NOTIFICATION_KIND_LIST.map((kind) => [kind, choices[kind] ?? "IMMEDIATE"]));
  return saveNotificationPreferencesAction(idleState, form(all));
}

let claire: string;
let isabelle: string;
let elodie: string;
let lucas: string;

beforeAll(async () => {
  [claire, isabelle, elodie, lucas] = await Promise.all([
    contactOf(DEMO_LOGINS.groupeMartinContact.email),
    contactOf(DEMO_LOGINS.transportsRiviereContact.email),
    contactOf(DEMO_LOGINS.pharmacieDuParcContact.email),
    contactOf(DEMO_REVOKED_LOGIN.email),
  ]);
  await setPreference("groupeMartinContact", {});
});

afterAll(async () => {
  await db.$disconnect();
});

describe("notifications from domain events", () => {
  it("produces each kind once per contact from its event, with two workers and a repeated dispatch", async () => {
    const claireEmail = DEMO_LOGINS.groupeMartinContact.email;
    const [document, ticket, action, enrolment] = await Promise.all([
      db.document.findFirstOrThrow({ where: { organizationId: formapro, companyId: martin }, select: { id: true, title: true } }),
      db.qualityTicket.findFirstOrThrow({ where: { organizationId: formapro, companyId: martin }, select: { id: true, number: true } }),
      db.trainingAction.findFirstOrThrow({ where: { organizationId: formapro }, select: { id: true, title: true } }),
      db.enrolment.findFirstOrThrow({
        where: { organizationId: formapro, companyId: martin, participantId: { not: null } },
        select: { id: true, actionId: true, participantId: true },
      }),
    ]);
    const number = `F-${uniqueId()}`;
    const ids = {
      signature: uniqueId(),
      invoice: uniqueId(),
      order: uniqueId(),
      message: uniqueId(),
      evaluation: uniqueId(),
      attendance: uniqueId(),
    };
    await happen(formapro, "signature.requested", {
      signatureRequestId: ids.signature,
      documentId: document.id,
      companyId: martin,
      signerContactId: claire,
    });
    await happen(formapro, "invoice.issued", {
      invoiceId: ids.invoice,
      number,
      companyId: martin,
      totalInclTaxCents: 120_00,
      dueDate: "2026-12-31",
    });
    await happen(formapro, "order.decided", { orderId: ids.order, number: `C-${ids.order}`, companyId: martin, status: "CONFIRMED" });
    await happen(formapro, "ticket.answered", { ticketId: ticket.id, number: ticket.number, companyId: martin, messageId: ids.message });
    await happen(formapro, "evaluation.requested", { evaluationId: ids.evaluation, companyId: martin, actionId: action.id });
    await happen(formapro, "attendance.recorded", {
      attendanceId: ids.attendance,
      slotId: uniqueId(),
      enrolmentId: enrolment.id,
      companyId: martin,
      participantId: enrolment.participantId,
      status: "ABSENT",
      slotStartsAt: new Date().toISOString(),
    });

    const expected = [
      ["DOCUMENT_TO_SIGN", ids.signature],
      ["INVOICE_ISSUED", ids.invoice],
      ["ORDER_DECIDED", ids.order],
      ["TICKET_ANSWERED", ids.message],
      ["EVALUATION_TO_ANSWER", ids.evaluation],
      ["ATTENDANCE_ISSUE", `${ids.attendance}:ABSENT`],
    ];
    for (const [kind, sourceKey] of expected) {
      const rows = await notificationsOf(claire, sourceKey);
      expect(rows.map((row) => [row.kind, row.companyId, row.organizationId])).toEqual([[kind, martin, formapro]]);
    }
    // The invoice's email went out once; the kinds whose feature already emails add no second email.
    expect(await emailsTo(claireEmail, number)).toEqual([
      { template: "notification-invoice-issued", subject: `Nouvelle facture ${number}` },
    ]);
    expect(
      await emailsTo(claireEmail, document.title).then((rows) => rows.filter((row) => row.template.startsWith("notification-"))),
    ).toEqual([]);
  });

  it("tells an employee's absence or late arrival only the day of the slot, and records the event with the attendance", async () => {
    const enrolment = await db.enrolment.findFirstOrThrow({
      where: { organizationId: formapro, companyId: martin, participantId: { not: null } },
      select: { id: true, participantId: true, actionId: true },
    });
    const attendanceId = uniqueId();
    await happen(formapro, "attendance.recorded", {
      attendanceId,
      slotId: uniqueId(),
      enrolmentId: enrolment.id,
      companyId: martin,
      participantId: enrolment.participantId,
      status: "LATE",
      slotStartsAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    });
    expect(await notificationsOf(claire, `${attendanceId}:LATE`)).toEqual([]);

    // The write path records the event in its transaction (rolled back here: the seed data stays as it was).
    const slot = await db.slot.findFirstOrThrow({
      where: { organizationId: formapro, actionId: enrolment.actionId },
      select: { id: true },
    });
    const rolledBack = new Error("rollback");
    await expect(
      db.$transaction(async (tx) => {
        const before = await tx.attendance.findUnique({ where: { slotId_enrolmentId: { slotId: slot.id, enrolmentId: enrolment.id } } });
        const status = before?.status === "ABSENT" ? "LATE" : "ABSENT";
        const row = await recordAttendance(tx, { organizationId: formapro, slotId: slot.id, enrolmentId: enrolment.id, status });
        const events = await tx.domainEvent.findMany({
          where: { organizationId: formapro, type: "attendance.recorded" },
          orderBy: { createdAt: "desc" },
          take: 1,
        });
        expect(events[0].payload).toMatchObject({ attendanceId: row!.id, enrolmentId: enrolment.id, status });
        // Another organisation's slot writes nothing.
        expect(await recordAttendance(tx, { organizationId: horizon, slotId: slot.id, enrolmentId: enrolment.id, status })).toBeNull();
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
  });

  it("never notifies another company's or organisation's contact, nor a revoked access; a parent company's contact hears of its subsidiaries", async () => {
    const transportsInvoice = uniqueId();
    await happen(formapro, "invoice.issued", {
      invoiceId: transportsInvoice,
      number: `F-${transportsInvoice}`,
      companyId: DEMO_COMPANIES.transportsRiviere.id,
      totalInclTaxCents: 100,
      dueDate: "2026-12-31",
    });
    expect((await notificationsOf(isabelle, transportsInvoice)).length).toBe(1);
    expect(await notificationsOf(claire, transportsInvoice)).toEqual([]);
    expect(await notificationsOf(elodie, transportsInvoice)).toEqual([]);

    const nantesInvoice = uniqueId();
    await happen(formapro, "invoice.issued", {
      invoiceId: nantesInvoice,
      number: `F-${nantesInvoice}`,
      companyId: DEMO_COMPANIES.martinPatisserieNantes.id,
      totalInclTaxCents: 100,
      dueDate: "2026-12-31",
    });
    expect((await notificationsOf(claire, nantesInvoice)).map((row) => row.companyId)).toEqual([DEMO_COMPANIES.martinPatisserieNantes.id]);
    expect(await notificationsOf(lucas, nantesInvoice)).toEqual([]);

    // An event recorded under another organisation with this company's id reaches no one.
    const foreign = uniqueId();
    await happen(horizon, "invoice.issued", {
      invoiceId: foreign,
      number: `F-${foreign}`,
      companyId: martin,
      totalInclTaxCents: 100,
      dueDate: "2026-12-31",
    });
    expect(await db.notification.count({ where: { sourceKey: foreign } })).toBe(0);
  });
});

describe("email preferences and the daily digest", () => {
  const claireEmail = DEMO_LOGINS.groupeMartinContact.email;
  const issue = async () => {
    const invoiceId = uniqueId();
    const number = `F-${invoiceId}`;
    await happen(formapro, "invoice.issued", { invoiceId, number, companyId: martin, totalInclTaxCents: 100, dueDate: "2026-12-31" });
    return { invoiceId, number };
  };

  it("never: the notification shows in the centre, no email; digest: no email until the digest, which groups the day's notifications once", async () => {
    expect(await setPreference("groupeMartinContact", { INVOICE_ISSUED: "NEVER" })).toEqual({
      status: "success",
      data: "notification_preferences_saved",
    });
    const never = await issue();
    expect((await notificationsOf(claire, never.invoiceId)).map((row) => row.emailState)).toEqual(["NONE"]);
    expect(await emailsTo(claireEmail, never.number)).toEqual([]);

    await setPreference("groupeMartinContact", { INVOICE_ISSUED: "DIGEST", INVOICE_OVERDUE: "DIGEST" });
    const first = await issue();
    const second = await issue();
    for (const { invoiceId, number } of [first, second]) {
      expect((await notificationsOf(claire, invoiceId)).map((row) => row.emailState)).toEqual(["DIGEST_PENDING"]);
      expect(await emailsTo(claireEmail, number)).toEqual([]);
    }
    // Two instances running the digest at once send it once.
    await Promise.all([sendNotificationDigests(), sendNotificationDigests()]);
    const digests = await db.emailOutbox.findMany({
      where: { to: claireEmail, template: "notification-digest", html: { contains: first.number } },
      select: { html: true },
    });
    expect(digests).toHaveLength(1);
    expect(digests[0].html).toContain(second.number);
    expect(digests[0].html).toContain("/compte#notifications");
    expect((await notificationsOf(claire, first.invoiceId)).map((row) => row.emailState)).toEqual(["DIGESTED"]);

    await setPreference("groupeMartinContact", {});
    const immediate = await issue();
    expect(await emailsTo(claireEmail, immediate.number)).toHaveLength(1);
  });

  it("refuses a delivery that is not one of the choices, next to its field", async () => {
    const result = await setPreference("groupeMartinContact", { TICKET_ANSWERED: "SOMETIMES" });
    expect(result).toMatchObject({ status: "error", fieldErrors: { TICKET_ANSWERED: ["invalid_choice"] } });
  });

  it("a revoked contact's pending digest is dropped, never emailed", async () => {
    const rows = await db.notification.createManyAndReturn({
      data: [
        {
          organizationId: formapro,
          companyId: DEMO_COMPANIES.martinPatisserieNantes.id,
          contactId: lucas,
          kind: "INVOICE_ISSUED",
          sourceKey: uniqueId(),
          data: { subject: "F-x", href: "/factures" },
          emailState: "DIGEST_PENDING",
        },
      ],
    });
    await sendNotificationDigests();
    expect((await db.notification.findUniqueOrThrow({ where: { id: rows[0].id } })).emailState).toBe("DIGESTED");
    expect(await db.emailOutbox.count({ where: { to: DEMO_REVOKED_LOGIN.email, template: "notification-digest" } })).toBe(0);
  });
});

describe("the crons", () => {
  it("notifies an overdue invoice once, whichever instance runs the cron, however often", async () => {
    // An unpaid invoice of the Martin group, seen the day after its due date.
    const martinGroup = [martin, DEMO_COMPANIES.martinBoulangerieLyon.id, DEMO_COMPANIES.martinPatisserieNantes.id];
    const invoice = await db.invoice.findFirstOrThrow({
      where: {
        organizationId: formapro,
        companyId: { in: martinGroup },
        kind: "INVOICE",
        fundingId: null,
        cancelledAt: null,
        paidCents: 0,
        totalInclTaxCents: { gt: 0 },
      },
      select: { id: true, dueDate: true },
    });
    const dayAfterDue = new Date(invoice.dueDate.getTime() + 86_400_000);
    await Promise.all([notifyOverdueInvoices({}, { now: dayAfterDue }), notifyOverdueInvoices({}, { now: dayAfterDue })]);
    await notifyOverdueInvoices({}, { now: dayAfterDue });
    const rows = await db.notification.findMany({ where: { kind: "INVOICE_OVERDUE", sourceKey: invoice.id } });
    expect(rows.map((row) => row.contactId)).toContain(claire);
    expect(rows.map((row) => row.contactId)).not.toContain(lucas);
    expect(new Set(rows.map((row) => row.contactId)).size).toBe(rows.length);

    // The OPCO's invoice of the group (subrogation) is the OPCO's to pay: nobody of the company is chased for it.
    const funderInvoice = await db.invoice.findFirstOrThrow({
      where: { organizationId: formapro, companyId: { in: martinGroup }, fundingId: { not: null }, paidCents: 0 },
      select: { id: true, dueDate: true },
    });
    await notifyOverdueInvoices({}, { now: new Date(funderInvoice.dueDate.getTime() + 86_400_000) });
    expect(await db.notification.count({ where: { kind: "INVOICE_OVERDUE", sourceKey: funderInvoice.id } })).toBe(0);
  });

  it("notifies the unnamed seats of an action starting soon once per company and action", async () => {
    const seat = await db.enrolment.findFirstOrThrow({
      where: {
        organizationId: formapro,
        participantId: null,
        status: { not: "CANCELLED" },
        action: { status: { notIn: ["CANCELLED", "DRAFT"] } },
      },
      select: { companyId: true, actionId: true, action: { select: { startDate: true, title: true } } },
    });
    const twoDaysBefore = new Date(seat.action.startDate.getTime() - 2 * 86_400_000);
    await Promise.all([notifyParticipantsToIdentify({}, { now: twoDaysBefore }), notifyParticipantsToIdentify({}, { now: twoDaysBefore })]);
    const rows = await db.notification.findMany({
      where: { kind: "PARTICIPANTS_TO_IDENTIFY", sourceKey: seat.actionId, companyId: seat.companyId },
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.contactId)).size).toBe(rows.length);
    expect(rows[0].data).toMatchObject({ subject: seat.action.title, href: `/formations/${seat.actionId}` });
  });
});

describe("the notification centre's actions", () => {
  it("marks the contact's own notification read; another contact's, company's or organisation's id is not found", async () => {
    const invoiceId = uniqueId();
    await happen(formapro, "invoice.issued", {
      invoiceId,
      number: `F-${invoiceId}`,
      companyId: martin,
      totalInclTaxCents: 100,
      dueDate: "2026-12-31",
    });
    const foreignInvoice = uniqueId();
    await happen(horizon, "invoice.issued", {
      invoiceId: foreignInvoice,
      number: `F-${foreignInvoice}`,
      companyId: DEMO_COMPANIES.pharmacieDuParc.id,
      totalInclTaxCents: 100,
      dueDate: "2026-12-31",
    });
    const otherCompanyInvoice = uniqueId();
    await happen(formapro, "invoice.issued", {
      invoiceId: otherCompanyInvoice,
      number: `F-${otherCompanyInvoice}`,
      companyId: DEMO_COMPANIES.transportsRiviere.id,
      totalInclTaxCents: 100,
      dueDate: "2026-12-31",
    });
    const [own] = await notificationsOf(claire, invoiceId);
    const [foreign] = await notificationsOf(elodie, foreignInvoice);
    const [otherCompany] = await notificationsOf(isabelle, otherCompanyInvoice);

    simulateRequest({ host: DEMO_LOGINS.groupeMartinContact.host, identity: await demoIdentity("groupeMartinContact") });
    for (const id of [foreign.id, otherCompany.id, "nonexistent"])
      expect(await markNotificationReadAction(idleState, form({ notificationId: id }))).toMatchObject({
        status: "error",
        formError: "notification_not_found",
      });
    expect((await db.notification.findMany({ where: { id: { in: [foreign.id, otherCompany.id] } } })).map((row) => row.readAt)).toEqual([
      null,
      null,
    ]);

    expect(await markNotificationReadAction(idleState, form({ notificationId: own.id }))).toMatchObject({ status: "success" });
    expect((await db.notification.findUniqueOrThrow({ where: { id: own.id } })).readAt).not.toBeNull();

    expect(await countUnreadNotifications({ organizationId: formapro, contactId: claire })).toBeGreaterThan(0);
    await markAllNotificationsReadAction(idleState, form());
    expect(await countUnreadNotifications({ organizationId: formapro, contactId: claire })).toBe(0);
    expect(await countUnreadNotifications({ organizationId: horizon, contactId: elodie })).toBeGreaterThan(0);
  });
});
