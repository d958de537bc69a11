import { publicRoute } from "@/lib/http/define-route";
import { applyStripeEvent } from "@/lib/payments/apply-stripe-event";
import { stripeClient } from "@/lib/payments/stripe-client";

export const runtime = "nodejs";

// POST /api/paiements/stripe: Stripe's webhook. Only a payload whose Stripe-Signature verifies with
// STRIPE_WEBHOOK_SECRET is applied (400 otherwise); each event once.
export const POST = publicRoute({}, async ({ request }) => {
  const stripe = stripeClient();
  const secret = process.env.STRIPE_WEBHOOK_SECRET;
  if (!stripe || !secret) return new Response("Paiement en ligne non configuré.", { status: 404 });
  const payload = await request.text();
  let event;
  try {
    event = stripe.webhooks.constructEvent(payload, request.headers.get("stripe-signature") ?? "", secret);
  } catch {
    return Response.json({ status: "error", code: "invalid_signature" }, { status: 400 });
  }
  return Response.json({ status: "ok", outcome: await applyStripeEvent(event) });
});
