// Webhooks: domain events recorded with their change, fanned out to the subscribed endpoints, delivered
// signed (Standard Webhooks, checked with the reference `standardwebhooks` package by a receiver on
// loopback), retried with backoff, exactly once per event and endpoint with two workers competing, an
// endpoint that keeps failing disabled with an email to the admins, and every admin change scoped to the
// staff member's organisation.
jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);

import { Webhook } from "standardwebhooks";
import { requireContact } from "@/lib/auth/require-contact";
import { requireStaff } from "@/lib/auth/require-staff";
import { db } from "@/lib/db";
import { createApiToken, revokeApiToken } from "@/lib/api/manage-api-tokens";
import { dispatchEvent } from "@/lib/events/dispatch-event";
import { recordEvent } from "@/lib/events/record-event";
import { startJobRunner, type JobRunner } from "@/lib/jobs/job-runner";
import { createTicket } from "@/lib/tickets/create-ticket";
import { createWebhookEndpoint, enableWebhookEndpoint, resendWebhookDelivery } from "@/lib/webhooks/manage-webhooks";
import { WEBHOOK_DISABLE_AFTER_FAILURES } from "@/lib/webhooks/webhook-limits";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { isNotFound, simulateRequest } from "../support/next-request-mock";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver";

// The retry waits e^1 ≈ 2.7 s: the test waits for it to happen, whatever it takes.
jest.setTimeout(60_000);
const formapro = DEMO_ORGANIZATIONS.formapro.id;

async function until<T>(read: () => Promise<T> | T, done: (value: T) => boolean, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function asStaff(login: "formaproAdmin" | "formaproManager" | "horizonAdmin") {
  simulateRequest({ host: login === "horizonAdmin" ? DEMO_HOSTS.horizon : DEMO_HOSTS.formapro, identity: await demoIdentity(login) });
  return requireStaff();
}

const ticketEvent = (number: number) =>
  db.$transaction((tx) =>
    recordEvent(tx, {
      organizationId: formapro,
      companyId: DEMO_COMPANIES.groupeMartin.id,
      type: "ticket.created",
      data: { ticketId: `t${number}`, number, companyId: DEMO_COMPANIES.groupeMartin.id, actionId: null, category: "QUESTION" },
    }),
  );

/** Each path's requests, checked with the endpoint's secret by the reference implementation. */
function verified(receiver: WebhookReceiver, path: string, secret: string) {
  const webhook = new Webhook(secret);
  return receiver.received(path).map((request) => {
    const payload = webhook.verify(request.body, request.headers as Record<string, string>) as { type: string; data: { id: string } };
    return { id: request.headers["webhook-id"], type: payload.type, dataId: payload.data.id };
  });
}

describe("webhooks", () => {
  let receiver: WebhookReceiver;
  let instances: JobRunner[] = [];
  const secrets: Record<string, string> = {};

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    const staff = await asStaff("formaproAdmin");
    // Endpoints of earlier runs of this file on the same database would receive these events too.
    await db.webhookEndpoint.deleteMany({ where: { organizationId: formapro } });
    for (const [path, events] of [
      ["/crm", ["ticket.created", "order.placed"]],
      ["/lms", ["ticket.created"]],
      ["/flaky", ["enrolment.created"]],
      ["/other", ["invoice.paid"]],
    ] as const)
      secrets[path] = await createWebhookEndpoint({ staff, url: `${receiver.url}${path}`, description: null, events: [...events] });
    const connectionString = process.env.DATABASE_URL!;
    // Two runners in this process stand for two instances competing for the same jobs.
    instances = await Promise.all([startJobRunner({ connectionString }), startJobRunner({ connectionString })]);
  });

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await receiver.close();
    await db.$disconnect();
  });

  it("keeps the signing secret sealed at rest", async () => {
    const endpoint = await db.webhookEndpoint.findFirstOrThrow({ where: { organizationId: formapro, url: `${receiver.url}/crm` } });
    expect(secrets["/crm"]).toMatch(/^whsec_/);
    expect(endpoint.sealedSecret).not.toContain(secrets["/crm"].slice(6));
  });

  it("delivers each event exactly once to each subscribed endpoint, signed, with two workers and a repeated dispatch", async () => {
    const events = [await ticketEvent(1), await ticketEvent(2), await ticketEvent(3)];
    // A dispatch job run twice (a retry after a lost answer) must not deliver twice.
    await dispatchEvent({ eventId: events[0].id });
    await dispatchEvent({ eventId: events[0].id });
    const deliveries = await until(
      () => db.webhookDelivery.findMany({ where: { eventId: { in: events.map((event) => event.id) } } }),
      (rows) => rows.length === 6 && rows.every((row) => row.status === "SUCCEEDED"),
    );
    expect(deliveries.map((row) => [row.status, row.attempts, row.responseStatus])).toEqual(Array(6).fill(["SUCCEEDED", 1, 200]));
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // anything sent twice would arrive meanwhile
    for (const path of ["/crm", "/lms"]) {
      const got = verified(receiver, path, secrets[path]).filter((request) => events.some((event) => event.id === request.id));
      expect(got.map((request) => request.id).sort()).toEqual(events.map((event) => event.id).sort());
      expect(got.every((request) => request.type === "ticket.created" && request.dataId === request.id)).toBe(true);
    }
    // Other test files share the database: only this test's events are counted.
    for (const path of ["/flaky", "/other"])
      expect(receiver.received(path).filter((request) => events.some((event) => event.id === request.headers["webhook-id"]))).toEqual([]);
  });

  it("refuses a tampered body or another endpoint's secret", () => {
    const [request] = receiver.received("/crm");
    expect(() => new Webhook(secrets["/crm"]).verify(`${request.body} `, request.headers as Record<string, string>)).toThrow();
    expect(() => new Webhook(secrets["/lms"]).verify(request.body, request.headers as Record<string, string>)).toThrow();
  });

  it("retries a failed delivery with backoff, with the same webhook-id, until it is received", async () => {
    receiver.answerNext("/flaky", 503);
    const event = await db.$transaction((tx) =>
      recordEvent(tx, {
        organizationId: formapro,
        type: "enrolment.created",
        data: { enrolmentId: "e1", actionId: "a1", companyId: "c1", participantId: null, status: "PENDING", orderId: null },
      }),
    );
    const delivery = await until(
      () => db.webhookDelivery.findFirst({ where: { eventId: event.id } }),
      (row) => row?.status === "SUCCEEDED",
    );
    expect(delivery).toMatchObject({ status: "SUCCEEDED", attempts: 2, responseStatus: 200 });
    const got = verified(receiver, "/flaky", secrets["/flaky"]).filter((request) => request.id === event.id);
    expect(got.map((request) => request.id)).toEqual([event.id, event.id]);
    const endpoint = await db.webhookEndpoint.findFirstOrThrow({ where: { url: `${receiver.url}/flaky` } });
    expect(endpoint.consecutiveFailures).toBe(0);
  });

  it("records ticket.created in the transaction of a real ticket, and fans it out", async () => {
    simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
    const contact = await requireContact();
    const ticket = await createTicket({
      context: contact,
      input: { category: "QUESTION", subject: "Webhook", description: "Un essai.", actionId: null },
    });
    const event = await db.domainEvent.findFirstOrThrow({
      where: { type: "ticket.created", payload: { path: ["ticketId"], equals: ticket.id } },
    });
    expect(event).toMatchObject({ organizationId: formapro, companyId: contact.company.id });
    await until(
      () => verified(receiver, "/lms", secrets["/lms"]).filter((request) => request.id === event.id),
      (got) => got.length === 1,
    );
  });

  it("disables an endpoint that keeps failing, tells the admins by email, and lets an admin resend and re-enable", async () => {
    const staff = await asStaff("formaproAdmin");
    const endpoint = await db.webhookEndpoint.findFirstOrThrow({ where: { url: `${receiver.url}/other` } });
    await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { consecutiveFailures: WEBHOOK_DISABLE_AFTER_FAILURES - 1 } });
    receiver.answerNext("/other", 500);
    const event = await db.$transaction((tx) =>
      recordEvent(tx, {
        organizationId: formapro,
        type: "invoice.paid",
        data: { invoiceId: "i1", number: "F-1", companyId: "c1", totalInclTaxCents: 100, paidCents: 100, paidAt: "2026-12-02" },
      }),
    );
    const delivery = await until(
      () => db.webhookDelivery.findFirst({ where: { eventId: event.id } }),
      (row) => row?.status === "FAILED",
    );
    const disabled = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(disabled.disabledAt).not.toBeNull();
    expect(delivery).toMatchObject({ status: "FAILED", attempts: 1, responseStatus: 500 });
    const admins = await db.user.findMany({ where: { organizationId: formapro, kind: "STAFF", staffRole: "ADMIN", disabledAt: null } });
    const emails = await db.emailOutbox.findMany({
      where: { template: "webhook-disabled", organizationId: formapro, createdAt: { gte: disabled.disabledAt! } },
    });
    expect(emails.map((email) => email.to).sort()).toEqual(admins.map((admin) => admin.email).sort());
    expect(emails[0].text).toContain(`${receiver.url}/other`);

    // A disabled endpoint gets no new event, and its deliveries cannot be resent.
    await expect(isNotFound(resendWebhookDelivery({ staff, deliveryId: delivery!.id }))).resolves.toBe(true);
    await enableWebhookEndpoint({ staff, endpointId: endpoint.id });
    await resendWebhookDelivery({ staff, deliveryId: delivery!.id });
    const resent = await until(
      () => db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery!.id } }),
      (row) => row.status === "SUCCEEDED",
    );
    expect(resent.attempts).toBe(2);
    expect(verified(receiver, "/other", secrets["/other"]).map((request) => request.id)).toEqual([event.id, event.id]);
  });

  it("answers not found to another organisation's admin and to a manager, whatever the id", async () => {
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { organizationId: formapro } });
    const endpoint = await db.webhookEndpoint.findFirstOrThrow({ where: { organizationId: formapro } });
    const horizon = await asStaff("horizonAdmin");
    await expect(isNotFound(resendWebhookDelivery({ staff: horizon, deliveryId: delivery.id }))).resolves.toBe(true);
    await expect(isNotFound(enableWebhookEndpoint({ staff: horizon, endpointId: endpoint.id }))).resolves.toBe(true);
    const formaproToken = await db.apiToken.create({
      data: { organizationId: formapro, name: "x", prefix: "pst_x", tokenHash: `h${Date.now()}`, scopes: [] },
    });
    await expect(isNotFound(revokeApiToken({ staff: horizon, tokenId: formaproToken.id }))).resolves.toBe(true);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: formaproToken.id } })).revokedAt).toBeNull();
    const manager = await asStaff("formaproManager");
    await expect(isNotFound(createApiToken({ staff: manager, name: "x", scopes: ["companies:read"] }))).resolves.toBe(true);
    await expect(isNotFound(resendWebhookDelivery({ staff: manager, deliveryId: delivery.id }))).resolves.toBe(true);
  });
});
