// A stand-in for Resend's API on loopback (the SDK is pointed at it with RESEND_BASE_URL): it records
// what it delivers, honours Idempotency-Key like Resend (a key seen before answers the first id and
// delivers nothing more) and fails on demand — a 500, an answer too slow for the client (after taking
// the email), or no server at all (connection refused).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Fault = "500" | "timeout";

export interface Delivery {
  key: string;
  to: string;
  subject: string;
  from: string;
  id: string;
}

export interface ResendStandIn {
  url: string;
  /** Faults for the next requests to this recipient, in order; then it answers normally. */
  failNext(to: string, ...faults: Fault[]): void;
  /** Stops listening (clients get "connection refused") until `resume()`, on the same port. */
  refuseConnections(): Promise<void>;
  resume(): Promise<void>;
  /** One per idempotency key: two for one recipient means an email was sent twice. */
  deliveries(): Delivery[];
  /** Requests received per recipient (attempts, failed ones included). */
  requests(to: string): number;
  close(): Promise<void>;
}

export async function startResendStandIn({ port = 0, slowAnswerMs = 3_000 } = {}): Promise<ResendStandIn> {
  const byKey = new Map<string, Delivery>();
  const faults = new Map<string, Fault[]>();
  const attempts = new Map<string, number>();
  let nextId = 1;

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const body = JSON.parse(await readBody(request)) as { to: string | string[]; subject: string; from: string };
    const to = Array.isArray(body.to) ? body.to[0] : body.to;
    attempts.set(to, (attempts.get(to) ?? 0) + 1);
    const fault = faults.get(to)?.shift();
    if (fault === "500") return answer(response, 500, { name: "internal_server_error", message: "Panne du fournisseur", statusCode: 500 });
    const key = String(request.headers["idempotency-key"] ?? `no-key-${nextId}`);
    let delivery = byKey.get(key);
    if (delivery) {
      if (delivery.to !== to || delivery.subject !== body.subject) {
        return answer(response, 409, { name: "invalid_idempotent_request", message: "Same key, other email", statusCode: 409 });
      }
    } else {
      delivery = { key, to, subject: body.subject, from: body.from, id: `re_standin_${nextId++}` };
      byKey.set(key, delivery);
    }
    if (fault === "timeout") await new Promise((resolve) => setTimeout(resolve, slowAnswerMs));
    answer(response, 200, { id: delivery.id });
  };

  let server: Server = await listen(handle, port);
  const boundPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${boundPort}`,
    failNext: (to, ...list) => faults.set(to, [...(faults.get(to) ?? []), ...list]),
    refuseConnections: () => stop(server),
    resume: async () => {
      server = await listen(handle, boundPort);
    },
    deliveries: () => [...byKey.values()],
    requests: (to) => attempts.get(to) ?? 0,
    close: () => stop(server),
  };
}

function listen(handle: (request: IncomingMessage, response: ServerResponse) => Promise<void>, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    handle(request, response).catch(() => answer(response, 400, { name: "validation_error", message: "Bad request", statusCode: 400 }));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => resolve(body));
    request.on("error", reject);
  });
}

function answer(response: ServerResponse, status: number, body: unknown): void {
  if (response.writableEnded || response.destroyed) return;
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}
