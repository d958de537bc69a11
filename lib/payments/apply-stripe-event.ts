import "server-only";
import type Stripe from "stripe";
import { db, type TransactionClient } from "../db";
import { notifyPaymentReceived } from "./notify-payment-received";
import { recordInvoicePayment } from "./record-invoice-payment";

export type EventOutcome = "applied" | "duplicate" | "ignored";

const ONLINE = "paiement en ligne";
const REFUND = "remboursement en ligne";
const dayOf = (event: Stripe.Event) => {
  const at = new Date(event.created * 1000);
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
};
const paymentIntentId = (value: string | { id: string } | null) => (typeof value === "string" ? value : (value?.id ?? null));

/**
 * A paid checkout: its amount (cents) goes to its invoices in order, each up to what the session owed it;
 * each invoice paid (in full or in part: paidCents says how much so far) is an "invoice.paid" event.
 */
async function recordCheckoutPayment(tx: TransactionClient, event: Stripe.Event, session: Stripe.Checkout.Session): Promise<EventOutcome> {
  if (session.payment_status !== "paid") return "ignored"; // SEPA debit: async_payment_succeeded follows
  const local = await tx.paymentSession.findUnique({
    where: { providerSessionId: session.id },
    select: {
      id: true,
      organizationId: true,
      companyId: true,
      createdByUserId: true,
      invoices: { orderBy: { position: "asc" }, select: { invoiceId: true, amountCents: true } },
    },
  });
  if (!local) return "ignored";
  // Conditional update: a session is paid once, whichever of completed / async_payment_succeeded comes.
  const opened = await tx.paymentSession.updateMany({ where: { id: local.id, status: "OPEN" }, data: { status: "PAID" } });
  if (!opened.count) return "duplicate";
  let remaining = session.amount_total ?? 0;
  const paid: { number: string; amountCents: number; settled: boolean }[] = [];
  for (const share of local.invoices) {
    const amountCents = Math.min(share.amountCents, remaining);
    if (amountCents <= 0) break;
    remaining -= amountCents;
    const invoice = await recordInvoicePayment(tx, {
      organizationId: local.organizationId,
      invoiceId: share.invoiceId,
      amountCents,
      paidAt: dayOf(event),
      method: ONLINE,
      providerPaymentId: paymentIntentId(session.payment_intent),
    });
    paid.push({ number: invoice.number, amountCents, settled: invoice.paidCents >= invoice.totalInclTaxCents });
  }
  await notifyPaymentReceived({
    tx,
    organizationId: local.organizationId,
    companyId: local.companyId,
    payerUserId: local.createdByUserId,
    paid,
  });
  return "applied";
}

/** A refund (charge.refunded carries the cumulative amount refunded): the new part is taken back from the last invoices first. */
async function recordRefund(tx: TransactionClient, event: Stripe.Event, charge: Stripe.Charge): Promise<EventOutcome> {
  const intent = paymentIntentId(charge.payment_intent);
  if (!intent) return "ignored";
  const payments = await tx.payment.findMany({
    where: { providerPaymentId: intent },
    orderBy: { id: "asc" },
    take: 200,
    select: { organizationId: true, invoiceId: true, amountCents: true },
  });
  if (!payments.length) return "ignored";
  const netByInvoice = new Map<string, number>();
  for (const payment of payments) netByInvoice.set(payment.invoiceId, (netByInvoice.get(payment.invoiceId) ?? 0) + payment.amountCents);
  const refundedSoFar = -payments.filter((payment) => payment.amountCents < 0).reduce((sum, payment) => sum + payment.amountCents, 0);
  let toRefund = charge.amount_refunded - refundedSoFar;
  if (toRefund <= 0) return "ignored";
  const { organizationId } = payments[0]!;
  for (const [invoiceId, net] of [...netByInvoice].reverse()) {
    const amountCents = Math.min(net, toRefund);
    if (amountCents <= 0) continue;
    toRefund -= amountCents;
    await recordInvoicePayment(tx, {
      organizationId,
      invoiceId,
      amountCents: -amountCents,
      paidAt: dayOf(event),
      method: REFUND,
      providerPaymentId: intent,
    });
    if (toRefund <= 0) break;
  }
  return "applied";
}

async function closeSession(tx: TransactionClient, session: Stripe.Checkout.Session): Promise<EventOutcome> {
  const closed = await tx.paymentSession.updateMany({
    where: { providerSessionId: session.id, status: "OPEN" },
    data: { status: "EXPIRED" },
  });
  return closed.count ? "applied" : "ignored";
}

/**
 * Applies one verified webhook event, once: the event id is recorded in the transaction that applies it,
 * so a redelivery (or two at once) changes nothing more. The tenant is the one of the local session
 * or payment the event names, never anything the request says.
 */
export async function applyStripeEvent(event: Stripe.Event): Promise<EventOutcome> {
  try {
    return await db.$transaction(async (tx) => {
      await tx.paymentProviderEvent.create({ data: { id: event.id, type: event.type } });
      switch (event.type) {
        case "checkout.session.completed":
        case "checkout.session.async_payment_succeeded":
          return recordCheckoutPayment(tx, event, event.data.object);
        case "checkout.session.expired":
        case "checkout.session.async_payment_failed":
          return closeSession(tx, event.data.object);
        case "charge.refunded":
          return recordRefund(tx, event, event.data.object);
        default:
          return "ignored";
      }
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return "duplicate";
    throw error;
  }
}
