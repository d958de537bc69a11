// Threat: a page of another site (or a staff member's read-only preview) makes a victim's browser change
// data through a route handler. Every route handler is built with lib/http/define-route.ts, which refuses
// a cross-site state change (Origin / Sec-Fetch-Site) and any write from a preview; this file walks them all.
jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);
// jest cannot load @react-pdf/renderer (ESM only); the PDF routes are imported here, never called.
jest.mock("@react-pdf/renderer", () => ({ StyleSheet: { create: (styles: unknown) => styles }, Font: { register: () => undefined } }));

import path from "node:path";
import { PREVIEW_COMPANY_COOKIE } from "@/lib/auth/require-contact";
import { db } from "@/lib/db";
import { DEFINED_ROUTE } from "@/lib/http/define-route";
import { isRouteHandlerPath } from "@/lib/http/route-handler-paths";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_LOGINS, demoIdentity } from "../support/demo";
import { simulateRequest } from "../support/next-request-mock";
import { listRouteFiles } from "../support/route-files";

jest.setTimeout(30_000);
const HOST = DEMO_HOSTS.formapro;
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

type Handler = ((request: Request, route?: { params: Promise<unknown> }) => Promise<Response>) & { [DEFINED_ROUTE]?: string };

const routes = listRouteFiles();
const handlersOf = async (file: string) =>
  Object.entries((await import(path.resolve(file))) as Record<string, unknown>).filter((entry): entry is [string, Handler] =>
    (METHODS as readonly string[]).includes(entry[0]),
  );

/** Real ids of Groupe Martin (Claire's company), so that a handler that forgot a check would really write. */
async function paramsFor(): Promise<Record<string, unknown>> {
  const ticket = await db.qualityTicket.findFirstOrThrow({ where: { companyId: DEMO_COMPANIES.groupeMartin.id }, select: { id: true } });
  return { ticketId: ticket.id, companyId: DEMO_COMPANIES.groupeMartin.id, nextauth: ["signout"] };
}

function writeRequest(publicPath: string, headers: Record<string, string>): Request {
  const url = `http://${HOST}:3000${publicPath}?name=note.txt&entreprise=${DEMO_COMPANIES.groupeMartin.id}`;
  return new Request(url, { method: "POST", body: new TextEncoder().encode("bonjour"), headers: { host: `${HOST}:3000`, ...headers } });
}

async function sideEffects() {
  const [files, messages, previews, emails] = await Promise.all([
    db.storedFile.count(),
    db.ticketMessage.count(),
    db.auditEvent.count({ where: { action: "preview.opened" } }),
    db.emailOutbox.count(),
  ]);
  return { files, messages, previews, emails };
}

async function sessionFor(access: string | undefined, cookies: Record<string, string> = {}) {
  const login: keyof typeof DEMO_LOGINS | null = access === "contact" ? "groupeMartinContact" : access === "staff" ? "formaproAdmin" : null;
  simulateRequest({ host: HOST, identity: login ? await demoIdentity(login, HOST) : undefined, cookies });
}

afterAll(async () => {
  await db.$disconnect();
});

describe("every route handler under app/", () => {
  it("is built with lib/http/define-route.ts", async () => {
    expect(routes.length).toBeGreaterThan(15);
    for (const { file } of routes) {
      const handlers = await handlersOf(file);
      expect({ file, methods: handlers.length > 0 }).toEqual({ file, methods: true });
      for (const [method, handler] of handlers)
        expect({ file, method, access: handler[DEFINED_ROUTE] }).toMatchObject({ access: expect.any(String) });
    }
  });

  it("is known to proxy.ts as a route handler's path, so the handler's own Content-Security-Policy (a download's sandbox) stands", () => {
    for (const { file, publicPath } of routes)
      expect({ file, routeHandler: isRouteHandlerPath(publicPath) }).toEqual({ file, routeHandler: true });
    for (const page of ["/", "/login", "/documents", "/documents/x", "/admin/stockage", "/factures", "/catalogue/x"])
      expect({ page, routeHandler: isRouteHandlerPath(page) }).toEqual({ page, routeHandler: false });
  });

  it("refuses a state change sent from another site, before it touches anything", async () => {
    const params = await paramsFor();
    const before = await sideEffects();
    let checked = 0;
    for (const { file, publicPath } of routes) {
      for (const [method, handler] of await handlersOf(file)) {
        if (!UNSAFE.has(method)) continue;
        const foreigns: Record<string, string>[] = [
          { origin: "https://evil.test" },
          { "sec-fetch-site": "cross-site" },
          { origin: "null" },
          { "sec-fetch-site": "same-site" },
        ];
        for (const foreign of foreigns) {
          await sessionFor(handler[DEFINED_ROUTE]);
          const response = await handler(writeRequest(publicPath, foreign), { params: Promise.resolve(params) });
          expect({ file, method, foreign, status: response.status, body: await response.json() }).toEqual({
            file,
            method,
            foreign,
            status: 403,
            body: { status: "error", code: "cross_site" },
          });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4 * 6);
    expect(await sideEffects()).toEqual(before);
  });

  it("refuses every write from a staff member's read-only preview of an extranet", async () => {
    const params = await paramsFor();
    const before = await sideEffects();
    let checked = 0;
    for (const { file, publicPath } of routes) {
      for (const [method, handler] of await handlersOf(file)) {
        if (!UNSAFE.has(method) || handler[DEFINED_ROUTE] !== "contact") continue;
        simulateRequest({
          host: HOST,
          identity: await demoIdentity("formaproAdmin", HOST),
          cookies: { [PREVIEW_COMPANY_COOKIE]: DEMO_COMPANIES.groupeMartin.id },
        });
        const response = await handler(writeRequest(publicPath, { origin: `http://${HOST}:3000`, "sec-fetch-site": "same-origin" }), {
          params: Promise.resolve(params),
        });
        expect({ file, status: response.status, body: await response.json() }).toEqual({
          file,
          status: 403,
          body: { status: "error", code: "preview_read_only" },
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(2); // the storage upload and the ticket attachment
    expect(await sideEffects()).toEqual(before);
  });

  it("lets the site's own pages write (same origin), so the checks above refuse only what they should", async () => {
    const { POST } = await import("@/app/s/[site]/(extranet)/stockage/televerser/route");
    await sessionFor("contact");
    const response = await POST(writeRequest("/stockage/televerser", { origin: `http://${HOST}:3000`, "sec-fetch-site": "same-origin" }));
    expect(response.status).toBe(201);
    const { file } = (await response.json()) as { file: { id: string } };
    await db.storedFile.delete({ where: { id: file.id } });
  });

  it("answers a route without dynamic segments called as Next calls it (no params at all)", async () => {
    const { GET } = await import("@/app/api/health/route");
    expect((await GET(new Request(`http://${HOST}/api/health`), {})).status).toBe(200);
  });

  it("opens a staff preview only through a POST, never a plain navigation", async () => {
    const preview = (await handlersOf(routes.find((route) => route.publicPath === "/apercu/x")!.file)).map(([method]) => method);
    expect(preview).toEqual(["POST"]);
    const leave = (await handlersOf(routes.find((route) => route.publicPath === "/apercu/quitter")!.file)).map(([method]) => method);
    expect(leave).toEqual(["POST"]);
  });
});
