// Paying invoices online, against a stand-in of Stripe on loopback: the checkout covers only the
// company's own unpaid invoices, payments come only from signed webhooks, each event applies once
// (redelivered, or twice at once), partial payments and refunds move the invoices' status.
jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);

import { POST as webhookRoute } from "@/app/api/paiements/stripe/route";
import { idleState } from "@/lib/actions/action-state";
import { requireContact } from "@/lib/auth/require-contact";
import { db } from "@/lib/db";
import { invoiceStatus } from "@/lib/invoices/invoice-status";
import { payInvoicesOnlineAction } from "@/lib/payments/payment-actions";
import { onlinePaymentsEnabled } from "@/lib/payments/stripe-client";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_LOGINS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { redirectTarget, simulateRequest } from "../support/next-request-mock";
import { startStripeStandIn, type StripeStandIn } from "../support/stripe-stand-in";

jest.setTimeout(60_000);
const formapro = DEMO_ORGANIZATIONS.formapro.id;
const run = `pay${Date.now().toString(36)}`;
const SECRET_KEY = "sk_test_standin";
const WEBHOOK_SECRET = "whsec_standin";
let stripe: StripeStandIn;
const ids = { first: "", second: "", riviere: "", horizon: "" };

const webhook = (payload: string, signature: string) =>
  webhookRoute(
    new Request("http://127.0.0.1/api/paiements/stripe", { method: "POST", body: payload, headers: { "stripe-signature": signature } }),
  );

async function unpaidInvoice(companyId: string, suffix: string, totalInclTaxCents: number) {
  const sequence = (await db.organization.update({ where: { id: formapro }, data: { lastInvoiceSequence: { increment: 1 } } }))
    .lastInvoiceSequence;
  const invoice = await db.invoice.create({
    data: {
      organizationId: formapro,
      companyId,
      sequence,
      number: `${run}-${suffix}`,
      issueDate: new Date("2026-06-01"),
      dueDate: new Date("2099-07-01"),
      totalExclTaxCents: totalInclTaxCents / 1.2,
      vatCents: totalInclTaxCents - totalInclTaxCents / 1.2,
      totalInclTaxCents,
      lines: {
        create: [
          {
            position: 0,
            label: "Formation",
            quantity: 1,
            unitPriceCents: totalInclTaxCents / 1.2,
            vatRateBasisPoints: 2000,
            totalExclTaxCents: totalInclTaxCents / 1.2,
          },
        ],
      },
    },
  });
  return invoice.id;
}

async function statusOf(id: string) {
  const invoice = await db.invoice.findUniqueOrThrow({ where: { id } });
  return { paidCents: invoice.paidCents, status: invoiceStatus(invoice, new Date()) };
}

async function asMartin() {
  simulateRequest({ host: DEMO_HOSTS.formapro, identity: await demoIdentity("groupeMartinContact") });
}
const form = (invoiceIds: string[]) => {
  const data = new FormData();
  for (const id of invoiceIds) data.set(`invoice_${id}`, "on");
  return data;
};

beforeAll(async () => {
  ids.first = await unpaidInvoice(DEMO_COMPANIES.groupeMartin.id, "1", 120_000);
  ids.second = await unpaidInvoice(DEMO_COMPANIES.groupeMartin.id, "2", 60_000);
  ids.riviere = await unpaidInvoice(DEMO_COMPANIES.transportsRiviere.id, "3", 30_000);
  ids.horizon = (await db.invoice.findFirstOrThrow({ where: { organizationId: DEMO_ORGANIZATIONS.horizon.id }, select: { id: true } })).id;
  stripe = await startStripeStandIn({ secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET, webhook });
});

afterAll(async () => {
  await stripe.close();
  await db.invoice.deleteMany({ where: { number: { startsWith: run } } });
  await db.$disconnect();
});

describe("without a payment provider", () => {
  it("shows no button and opens no checkout", async () => {
    delete process.env.STRIPE_SECRET_KEY;
    expect(onlinePaymentsEnabled()).toBe(false);
    await asMartin();
    expect(await payInvoicesOnlineAction(idleState, form([ids.first]))).toMatchObject({
      status: "error",
      fieldErrors: { invoices: ["not_configured"] },
    });
  });
});

describe("with Stripe (stand-in)", () => {
  beforeAll(() => {
    Object.assign(process.env, { STRIPE_SECRET_KEY: SECRET_KEY, STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_BASE: stripe.url });
  });
  afterAll(() => {
    for (const name of ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE"]) delete process.env[name];
  });

  it("asks for at least one invoice, in French next to the field", async () => {
    await asMartin();
    expect(await payInvoicesOnlineAction(idleState, new FormData())).toMatchObject({
      status: "error",
      fieldErrors: { invoices: ["choose_invoice"] },
    });
  });

  it("opens one checkout for several invoices of the company; another company's or organisation's are left out", async () => {
    await asMartin();
    const target = await redirectTarget(payInvoicesOnlineAction(idleState, form([ids.first, ids.second, ids.riviere, ids.horizon])));
    const session = stripe.sessions().at(-1)!;
    expect(target).toBe(`${stripe.url}/pay/${session.id}`);
    expect(session.amountTotal).toBe(180_000);
    expect(session.lineItems.map((item) => item.name)).toEqual([`Facture ${run}-1`, `Facture ${run}-2`]);
    expect(session.successUrl).toMatch(/\/factures\?paiement=ok$/);
    const local = await db.paymentSession.findUniqueOrThrow({ where: { providerSessionId: session.id }, include: { invoices: true } });
    expect(local).toMatchObject({ companyId: DEMO_COMPANIES.groupeMartin.id, amountCents: 180_000, status: "OPEN" });
    expect(local.invoices.map((share) => share.invoiceId).sort()).toEqual([ids.first, ids.second].sort());

    simulateRequest({ host: DEMO_HOSTS.formaproNantes, identity: await demoIdentity("transportsRiviereContact") });
    expect((await requireContact()).company.id).toBe(DEMO_COMPANIES.transportsRiviere.id);
    expect(await payInvoicesOnlineAction(idleState, form([ids.first, ids.second]))).toMatchObject({
      fieldErrors: { invoices: ["nothing_due"] },
    });
  });

  it("records nothing from an unsigned or wrongly signed webhook", async () => {
    const session = stripe.sessions().at(-1)!;
    const forged = await stripe.sendEvent(
      "checkout.session.completed",
      { id: session.id, payment_status: "paid", amount_total: 180_000 },
      { secret: "whsec_forged" },
    );
    expect(forged.status).toBe(400);
    const unsigned = await webhookRoute(new Request("http://127.0.0.1/api/paiements/stripe", { method: "POST", body: "{}" }));
    expect(unsigned.status).toBe(400);
    expect(await statusOf(ids.first)).toEqual({ paidCents: 0, status: "UNPAID" });
  });

  it("applies a partial payment once, even redelivered or delivered twice at once", async () => {
    const session = stripe.sessions().at(-1)!;
    const pending = await stripe.complete(session.id, { paymentStatus: "unpaid" }); // SEPA: not yet paid
    expect(await pending.json()).toMatchObject({ outcome: "ignored" });
    expect(await statusOf(ids.first)).toEqual({ paidCents: 0, status: "UNPAID" });

    const deliveries = await Promise.all([1, 2, 3].map(() => stripe.complete(session.id, { amountCents: 150_000, id: `evt_${run}_paid` })));
    expect((await Promise.all(deliveries.map((response) => response.json()))).map((body) => body.outcome).sort()).toEqual([
      "applied",
      "duplicate",
      "duplicate",
    ]);
    const another = await stripe.sendEvent("checkout.session.async_payment_succeeded", {
      id: session.id,
      payment_status: "paid",
      amount_total: 150_000,
    });
    expect(await another.json()).toMatchObject({ outcome: "duplicate" });

    expect(await statusOf(ids.first)).toEqual({ paidCents: 120_000, status: "PAID" });
    expect(await statusOf(ids.second)).toEqual({ paidCents: 30_000, status: "PARTLY_PAID" });
    expect(await db.paymentSession.findUniqueOrThrow({ where: { providerSessionId: session.id } })).toMatchObject({ status: "PAID" });
    const paidEvents = (await db.domainEvent.findMany({ where: { type: "invoice.paid" }, take: 100 }))
      .map((event) => event.payload as { invoiceId: string; paidCents: number })
      .filter((payload) => [ids.first, ids.second].includes(payload.invoiceId));
    expect(paidEvents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ invoiceId: ids.first, paidCents: 120_000 }),
        expect.objectContaining({ invoiceId: ids.second, paidCents: 30_000 }),
      ]),
    );
    expect(paidEvents).toHaveLength(2);
    // The payer hears of it once, however often the webhook came.
    const receipts = await db.emailOutbox.findMany({
      where: { template: "payment-received", text: { contains: `${run}-1` } },
      select: { to: true, text: true },
      take: 5,
    });
    expect(receipts).toHaveLength(1);
    expect(receipts[0]).toMatchObject({ to: DEMO_LOGINS.groupeMartinContact.email });
    expect(receipts[0]!.text).toMatch(/soldée[\s\S]*reste un solde/);
  });

  it("takes refunds back from the last invoices, counting the cumulative amount once", async () => {
    const session = stripe.sessions().at(-1)!;
    await stripe.refund(session.id, 40_000);
    expect(await statusOf(ids.second)).toEqual({ paidCents: 0, status: "UNPAID" });
    expect(await statusOf(ids.first)).toEqual({ paidCents: 110_000, status: "PARTLY_PAID" });
    await stripe.refund(session.id, 40_000); // the same cumulative amount in a new event: nothing more
    expect(await statusOf(ids.first)).toEqual({ paidCents: 110_000, status: "PARTLY_PAID" });
    const payments = await db.payment.findMany({ where: { invoiceId: { in: [ids.first, ids.second] } }, orderBy: { amountCents: "asc" } });
    expect(payments.map((payment) => payment.amountCents)).toEqual([-30_000, -10_000, 30_000, 120_000]);
  });
});
