import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Text } from "@react-email/components";
import { EmailLayout } from "@/components/email/email-layout";
import { getBrand } from "@/lib/branding/get-brand";
import { db } from "@/lib/db";
import { deliverPendingEmails, MAX_ATTEMPTS } from "@/lib/email/deliver-pending-emails";
import { getEmailTransport } from "@/lib/email/email-transport";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { DEMO_COMPANIES, DEMO_ORGANIZATIONS } from "../support/demo";

/** Other tests share the outbox: deliver batch after batch until nothing is due any more. */
async function deliverAllDue(options: Omit<Parameters<typeof deliverPendingEmails>[0], "db">) {
  for (;;) {
    const { sent, failed } = await deliverPendingEmails({ db, ...options });
    if (sent + failed === 0) return;
  }
}
const organizationId = DEMO_ORGANIZATIONS.formapro.id;

async function enqueueTest(to: string) {
  const brand = await getBrand({ db, organizationId, companyId: DEMO_COMPANIES.martinBoulangerieLyon.id });
  return enqueueEmail({
    db,
    organizationId,
    template: "test",
    to,
    subject: "Essai",
    body: (
      <EmailLayout brand={brand} preview="Essai">
        <Text>Bonjour</Text>
      </EmailLayout>
    ),
  });
}

describe("email outbox", () => {
  afterAll(() => db.$disconnect());

  it("renders the company's centre branding into the stored email", async () => {
    const { id } = await enqueueTest("branding@exemple.test");
    const email = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(email.status).toBe("PENDING");
    expect(email.html).toContain("Formapro Lyon");
    expect(email.text).toContain("Bonjour");
    await db.emailOutbox.delete({ where: { id } });
  });

  it("keeps emails in the outbox as delivered when no provider is configured", async () => {
    const { id } = await enqueueTest("local@exemple.test");
    await deliverAllDue({ transport: getEmailTransport() });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SENT",
      providerId: `outbox:${id}`,
      attempts: 1,
    });
  });

  it("retries a failed delivery later, then marks it failed without losing it", async () => {
    const { id } = await enqueueTest("panne@exemple.test");
    const failing = async () => {
      throw new Error("provider down");
    };
    let now = new Date();
    await deliverAllDue({ transport: failing, now });
    let email = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(email).toMatchObject({ status: "PENDING", attempts: 1, lastError: "provider down" });
    expect(email.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());

    // Not due yet: nothing happens.
    await deliverAllDue({ transport: failing, now });
    expect((await db.emailOutbox.findUniqueOrThrow({ where: { id } })).attempts).toBe(1);

    while (email.status === "PENDING") {
      now = new Date(email.nextAttemptAt.getTime() + 1);
      await deliverAllDue({ transport: failing, now });
      email = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    }
    expect(email).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
  });

  describe("through Resend", () => {
    let server: Server;
    const received: { authorization?: string; body: Record<string, unknown> }[] = [];

    beforeAll(async () => {
      // A stand-in for Resend's API on loopback: the only part of email delivery outside this machine.
      server = createServer((request, response) => {
        let body = "";
        request.on("data", (chunk) => (body += chunk));
        request.on("end", () => {
          received.push({ authorization: request.headers.authorization, body: JSON.parse(body) });
          const fail = received.at(-1)!.body.to === "refuse@exemple.test";
          response.writeHead(fail ? 422 : 200, { "content-type": "application/json" });
          response.end(JSON.stringify(fail ? { name: "validation_error", message: "Adresse refusée", statusCode: 422 } : { id: "re_123" }));
        });
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      process.env.RESEND_API_KEY = "re_test_key";
      process.env.RESEND_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    afterAll(() => {
      delete process.env.RESEND_API_KEY;
      delete process.env.RESEND_BASE_URL;
      server.close();
    });

    it("sends with the organisation as sender name and records Resend's id", async () => {
      const { id } = await enqueueTest("resend@exemple.test");
      await deliverAllDue({ transport: getEmailTransport() });
      expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", providerId: "re_123" });
      const request = received.find((entry) => entry.body.to === "resend@exemple.test")!;
      expect(request.authorization).toBe("Bearer re_test_key");
      expect(request.body.from).toMatch(/^Formapro Conseil/);
    });

    it("keeps Resend's refusal as the error and retries later", async () => {
      const { id } = await enqueueTest("refuse@exemple.test");
      await deliverAllDue({ transport: getEmailTransport() });
      expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", lastError: "Adresse refusée" });
    });
  });
});
