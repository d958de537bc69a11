// A stand-in for Stripe on loopback (the SDK is pointed at it with STRIPE_API_BASE): its API creates
// Checkout Sessions as Stripe does (form-encoded parameters, Bearer key), its checkout page lets a
// browser pay, and it sends webhook events signed with the webhook secret, as Stripe's servers do —
// to the app's URL, or to a function (jest calls the route handler directly).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

export interface StandInSession {
  id: string;
  amountTotal: number;
  successUrl: string;
  cancelUrl: string;
  metadata: Record<string, string>;
  lineItems: { name: string; unitAmount: number; quantity: number }[];
  paymentIntent: string;
}

export type WebhookTarget = string | ((payload: string, signature: string) => Promise<Response>);

export interface StripeStandIn {
  url: string;
  sessions(): StandInSession[];
  /** Sends a signed event (type, object) to the webhook target; `id` lets a test redeliver the same event. */
  sendEvent(type: string, object: Record<string, unknown>, options?: { id?: string; secret?: string }): Promise<Response>;
  /** Stripe's checkout.session.completed for a paid session, for `amountCents` (default: the session's total). */
  complete(sessionId: string, options?: { amountCents?: number; paymentStatus?: "paid" | "unpaid"; id?: string }): Promise<Response>;
  /** Stripe's charge.refunded, with the cumulative amount refunded on the session's payment. */
  refund(sessionId: string, amountRefundedCents: number, options?: { id?: string }): Promise<Response>;
  close(): Promise<void>;
}

let nextId = 1;

export async function startStripeStandIn({
  secretKey,
  webhookSecret,
  webhook,
  port = 0,
}: {
  secretKey: string;
  webhookSecret: string;
  webhook: WebhookTarget;
  port?: number;
}): Promise<StripeStandIn> {
  const sessions = new Map<string, StandInSession>();
  let base = "";

  const sessionObject = (session: StandInSession, amountCents: number, paymentStatus: string) => ({
    id: session.id,
    object: "checkout.session",
    amount_total: amountCents,
    currency: "eur",
    payment_status: paymentStatus,
    status: "complete",
    payment_intent: session.paymentIntent,
    metadata: session.metadata,
  });

  const sendEvent: StripeStandIn["sendEvent"] = async (type, object, { id = `evt_standin_${nextId++}`, secret = webhookSecret } = {}) => {
    const payload = JSON.stringify({
      id,
      object: "event",
      type,
      api_version: Stripe.API_VERSION,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      data: { object },
    });
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret });
    if (typeof webhook === "function") return webhook(payload, signature);
    return fetch(webhook, {
      method: "POST",
      body: payload,
      headers: { "content-type": "application/json", "stripe-signature": signature },
    });
  };

  const complete: StripeStandIn["complete"] = async (sessionId, { amountCents, paymentStatus = "paid", id } = {}) => {
    const session = sessions.get(sessionId)!;
    return sendEvent("checkout.session.completed", sessionObject(session, amountCents ?? session.amountTotal, paymentStatus), { id });
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", base);
    const body = new URLSearchParams(await readBody(request));
    if (request.method === "POST" && url.pathname === "/v1/checkout/sessions") {
      if (request.headers.authorization !== `Bearer ${secretKey}`)
        return answer(response, 401, { error: { type: "invalid_request_error", message: "Invalid API Key provided" } });
      const lineItems: StandInSession["lineItems"] = [];
      for (let index = 0; body.has(`line_items[${index}][quantity]`); index++) {
        lineItems.push({
          name: body.get(`line_items[${index}][price_data][product_data][name]`) ?? "",
          unitAmount: Number(body.get(`line_items[${index}][price_data][unit_amount]`)),
          quantity: Number(body.get(`line_items[${index}][quantity]`)),
        });
      }
      const metadata = Object.fromEntries(
        [...body].flatMap(([key, value]) => (/^metadata\[(.+)\]$/.exec(key) ? [[key.slice(9, -1), value]] : [])),
      );
      const session: StandInSession = {
        id: `cs_test_standin_${nextId++}`,
        amountTotal: lineItems.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0),
        successUrl: body.get("success_url") ?? "",
        cancelUrl: body.get("cancel_url") ?? "",
        metadata,
        lineItems,
        paymentIntent: `pi_standin_${nextId++}`,
      };
      sessions.set(session.id, session);
      return answer(response, 200, {
        ...sessionObject(session, session.amountTotal, "unpaid"),
        status: "open",
        url: `${base}/pay/${session.id}`,
      });
    }
    const page = /^\/pay\/([\w]+)(\/confirm)?$/.exec(url.pathname);
    const session = page && sessions.get(page[1]!);
    if (session && request.method === "GET" && !page![2]) {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      const items = session.lineItems.map((item) => `<li>${item.name} — ${(item.unitAmount / 100).toFixed(2)} €</li>`).join("");
      return response.end(
        `<!doctype html><html lang="fr"><title>Paiement (stand-in Stripe)</title><h1>Paiement de ${(session.amountTotal / 100).toFixed(2)} €</h1><ul>${items}</ul><form method="post" action="/pay/${session.id}/confirm"><button>Payer</button></form></html>`,
      );
    }
    if (session && request.method === "POST" && page![2]) {
      // As Stripe: the event is sent, then the browser goes back to the success URL.
      await complete(session.id);
      response.writeHead(303, { location: session.successUrl });
      return response.end();
    }
    answer(response, 404, { error: { type: "invalid_request_error", message: "Unknown route" } });
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => answer(response, 500, { error: { message: String(error) } }));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    sessions: () => [...sessions.values()],
    sendEvent,
    complete,
    refund: (sessionId, amountRefundedCents, { id } = {}) => {
      const session = sessions.get(sessionId)!;
      return sendEvent(
        "charge.refunded",
        {
          id: `ch_${session.paymentIntent}`,
          object: "charge",
          payment_intent: session.paymentIntent,
          amount_refunded: amountRefundedCents,
          refunded: true,
        },
        { id },
      );
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function answer(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}
