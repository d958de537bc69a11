jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);

import { Text } from "@react-email/components";
import { EmailLayout } from "@/components/email/email-layout";
import { requireStaff } from "@/lib/auth/require-staff";
import { getBrand } from "@/lib/branding/get-brand";
import { db } from "@/lib/db";
import { deliverEmail } from "@/lib/email/deliver-email";
import { MAX_ATTEMPTS } from "@/lib/email/enqueue-delivery";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { listEmails } from "@/lib/emails/list-emails";
import { startJobRunner, type JobRunner } from "@/lib/jobs/job-runner";
import { DEMO_COMPANIES, DEMO_LOGINS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { simulateRequest } from "../support/next-request-mock";
import { startResendStandIn, type ResendStandIn } from "../support/resend-stand-in";

// Retries wait e^attempt seconds (2.7 s, 7.4 s …): a few failures in a row take a few seconds each.
jest.setTimeout(60_000);

const organizationId = DEMO_ORGANIZATIONS.formapro.id;
const run = Date.now().toString(36);
const address = (name: string) => `${name}-${run}@exemple.test`;

async function enqueueTest(to: string, options: { inTransaction?: boolean } = {}) {
  const brand = await getBrand({ db, organizationId, companyId: DEMO_COMPANIES.martinBoulangerieLyon.id });
  const email = {
    organizationId,
    template: "test",
    to,
    subject: `Essai pour ${to}`,
    body: (
      <EmailLayout brand={brand} preview="Essai">
        <Text>Bonjour</Text>
      </EmailLayout>
    ),
  };
  if (!options.inTransaction) return enqueueEmail({ db, ...email });
  return db.$transaction((tx) => enqueueEmail({ db: tx, ...email }));
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const outboxRow = (id: string) => db.emailOutbox.findUniqueOrThrow({ where: { id } });

describe("email delivery on the job queue", () => {
  let standIn: ResendStandIn;
  // Two runners in this process stand for two instances competing for the same jobs.
  let instances: JobRunner[] = [];

  beforeAll(async () => {
    standIn = await startResendStandIn({ slowAnswerMs: 2_500 });
    process.env.RESEND_API_KEY = "re_test_key";
    process.env.RESEND_BASE_URL = standIn.url;
    process.env.EMAIL_SEND_TIMEOUT_MS = "1000";
    const connectionString = process.env.DATABASE_URL!;
    instances = await Promise.all([startJobRunner({ connectionString }), startJobRunner({ connectionString })]);
  });

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    delete process.env.RESEND_API_KEY;
    delete process.env.RESEND_BASE_URL;
    delete process.env.EMAIL_SEND_TIMEOUT_MS;
    await standIn.close();
    await db.$disconnect();
  });

  it("stores the rendered email, with the company's centre branding, and delivers it with the organisation as sender", async () => {
    const to = address("branding");
    const { id } = await enqueueTest(to, { inTransaction: true });
    const stored = await outboxRow(id);
    expect(stored.html).toContain("Formapro Lyon");
    expect(stored.text).toContain("Bonjour");
    const sent = await until(
      () => outboxRow(id),
      (email) => email.status === "SENT",
    );
    expect(sent).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    const [delivery] = standIn.deliveries().filter((entry) => entry.to === to);
    expect(delivery).toMatchObject({ key: id, id: sent.providerId });
    expect(delivery.from).toMatch(/^Formapro Conseil/);
  });

  it("queues nothing when the change's transaction rolls back", async () => {
    const to = address("rolled-back");
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail({ db: tx, organizationId, template: "test", to, subject: "Jamais", body: <Text>Jamais</Text> });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await db.emailOutbox.count({ where: { to } })).toBe(0);
    expect(standIn.requests(to)).toBe(0);
  });

  it("rides out a provider that answers 500, times out, or refuses connections: each email delivered exactly once", async () => {
    const failing = address("erreur-500");
    const slow = address("trop-lent");
    standIn.failNext(failing, "500", "500");
    standIn.failNext(slow, "timeout");
    const emails = [await enqueueTest(failing), await enqueueTest(slow)];

    // Staff see the failures in /admin/emails while they happen.
    simulateRequest({ host: DEMO_LOGINS.formaproAdmin.host, identity: await demoIdentity("formaproAdmin") });
    const staff = await requireStaff();
    const logged = await until(
      async () => (await listEmails({ staff })).items.find((row) => row.to === failing),
      (row) => row?.lastError === "Panne du fournisseur",
    );
    expect(logged).toMatchObject({ status: "PENDING", attempts: 1, lastError: "Panne du fournisseur" });

    // No provider at all for a while.
    await standIn.refuseConnections();
    const unreachable = address("injoignable");
    emails.push(await enqueueTest(unreachable));
    const refused = await until(
      () => outboxRow(emails[2].id),
      (email) => email.attempts >= 1,
    );
    expect(refused.status).toBe("PENDING");
    expect(refused.lastError).toMatch(/Unable to fetch data/);
    await standIn.resume();

    for (const { id } of emails) {
      expect(
        await until(
          () => outboxRow(id),
          (email) => email.status === "SENT",
        ),
      ).toMatchObject({ status: "SENT", lastError: null });
    }
    for (const to of [failing, slow, unreachable]) expect(standIn.deliveries().filter((entry) => entry.to === to)).toHaveLength(1);
    expect(standIn.requests(failing)).toBe(3);
    // The slow answer came after the client gave up: the retry reused the key, and the stand-in (like
    // Resend) answered the first delivery's id instead of sending again.
    expect(standIn.requests(slow)).toBe(2);
    expect((await outboxRow(emails[1].id)).providerId).toBe(standIn.deliveries().find((entry) => entry.to === slow)!.id);
  });

  it("shares a burst between instances and delivers each email once", async () => {
    const recipients = Array.from({ length: 24 }, (_, index) => address(`lot-${index}`));
    const ids = (await Promise.all(recipients.map((to) => enqueueTest(to)))).map((email) => email.id);
    const sent = await until(
      () => db.emailOutbox.count({ where: { id: { in: ids }, status: "SENT" } }),
      (count) => count === ids.length,
    );
    expect(sent).toBe(ids.length);
    for (const to of recipients) {
      expect(standIn.deliveries().filter((entry) => entry.to === to)).toHaveLength(1);
      expect(standIn.requests(to)).toBe(1);
    }
  });

  it("marks the email failed after its last attempt, with the provider's reason", async () => {
    const to = address("refus-definitif");
    // A row without a job: the handler runs here as the queue would run the last attempt.
    const { id } = await db.emailOutbox.create({
      data: {
        organizationId,
        template: "test",
        to,
        subject: "Dernier essai",
        html: "<p>Essai</p>",
        text: "Essai",
        attempts: MAX_ATTEMPTS - 1,
      },
    });
    standIn.failNext(to, "500");
    await deliverEmail({ outboxId: id }, { attempt: MAX_ATTEMPTS, maxAttempts: MAX_ATTEMPTS, signal: new AbortController().signal });
    expect(await outboxRow(id)).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS, lastError: "Panne du fournisseur" });
    expect(standIn.deliveries().filter((entry) => entry.to === to)).toHaveLength(0);
  });
});
