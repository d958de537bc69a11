// The REST API under /api/v1, called through its route files as proxy.ts hands requests over. Threats: a
// token of one organisation reaching another's rows (by a path id, a body id or a filter), a token doing
// more than its scopes, bad input ending in a 500 instead of a problem naming the field.
jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);

import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { API_OPERATIONS } from "@/lib/api/api-operations";
import { API_RESOURCES, type ApiResource } from "@/lib/api/api-scopes";
import { RATE_LIMITS } from "@/lib/rate-limit/limits";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { GET as referenceRoute } from "@/app/api/v1/reference/route";
import { apiToken, callApi } from "../support/api-client";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_ORGANIZATIONS } from "../support/demo";

jest.setTimeout(60_000);
const formapro = DEMO_ORGANIZATIONS.formapro.id;
const horizon = DEMO_ORGANIZATIONS.horizon.id;
const A = DEMO_HOSTS.formapro;
const B = DEMO_HOSTS.horizon;

/** One row of Formapro per resource: the ids another organisation's token tries. */
async function formaproIds(): Promise<Record<ApiResource, string>> {
  const where = { where: { organizationId: formapro }, select: { id: true } } as const;
  const [companies, contacts, participants, actions, enrolments, attendance, documents, invoices, tickets] = await Promise.all([
    db.company.findFirstOrThrow(where),
    db.contact.findFirstOrThrow(where),
    db.participant.findFirstOrThrow(where),
    db.trainingAction.findFirstOrThrow(where),
    db.enrolment.findFirstOrThrow(where),
    db.attendance.findFirstOrThrow(where),
    db.document.findFirstOrThrow(where),
    db.invoice.findFirstOrThrow(where),
    db.qualityTicket.findFirstOrThrow(where),
  ]);
  return {
    companies: companies.id,
    contacts: contacts.id,
    participants: participants.id,
    actions: actions.id,
    enrolments: enrolments.id,
    attendance: attendance.id,
    documents: documents.id,
    invoices: invoices.id,
    tickets: tickets.id,
  };
}

let ids: Record<ApiResource, string>;
let formaproToken: string;
let horizonToken: string;

beforeAll(async () => {
  ids = await formaproIds();
  formaproToken = await apiToken(formapro);
  horizonToken = await apiToken(horizon);
});
afterAll(async () => {
  await db.$disconnect();
});

describe("tenancy: a token reaches only its organisation", () => {
  it.each(API_RESOURCES)("%s: its own id answers 200, another organisation's 404, and lists hold none of them", async (resource) => {
    const own = await callApi(A, "GET", `/${resource}/${ids[resource]}`, { token: formaproToken });
    expect({ resource, status: own.status, id: own.body.id }).toEqual({ resource, status: 200, id: ids[resource] });

    const foreign = await callApi(B, "GET", `/${resource}/${ids[resource]}`, { token: horizonToken });
    expect({ resource, status: foreign.status, type: foreign.contentType }).toEqual({
      resource,
      status: 404,
      type: "application/problem+json",
    });
    expect(foreign.body).toMatchObject({ status: 404, type: "/api/v1/problems/not-found" });

    // Filters naming Formapro's company or action never widen Horizon's list.
    for (const filter of ["", `?companyId=${DEMO_COMPANIES.groupeMartin.id}`, `?actionId=${ids.actions}`]) {
      const list = await callApi(B, "GET", `/${resource}${filter}`, { token: horizonToken });
      expect({ resource, filter, status: list.status }).toEqual({ resource, filter, status: 200 });
      for (const row of list.body.data as { id: string }[]) expect(row.id).not.toBe(ids[resource]);
    }
  });

  it("answers 404 naming the field for another organisation's id in a body, and changes nothing", async () => {
    const horizonParticipant = await db.participant.findFirstOrThrow({ where: { organizationId: horizon }, select: { id: true } });
    const before = await Promise.all([db.contact.count(), db.enrolment.count(), db.company.count()]);
    const contact = await callApi(B, "POST", "/contacts", {
      token: horizonToken,
      body: { companyId: DEMO_COMPANIES.groupeMartin.id, firstName: "Intrus", lastName: "Externe" },
    });
    expect(contact.status).toBe(404);
    expect(contact.body.errors).toEqual([{ field: "companyId", detail: "not found" }]);
    const enrolment = await callApi(B, "POST", "/enrolments", {
      token: horizonToken,
      body: { actionId: ids.actions, participantId: horizonParticipant.id },
    });
    expect(enrolment.status).toBe(404);
    expect(enrolment.body.errors[0].field).toBe("actionId");
    const seat = await callApi(B, "POST", "/enrolments", {
      token: horizonToken,
      body: { actionId: ids.actions, participantId: ids.participants },
    });
    expect(seat.status).toBe(404);
    const company = await callApi(B, "POST", "/companies", {
      token: horizonToken,
      body: { name: "Filiale pirate", parentId: ids.companies },
    });
    expect(company.body.errors[0].field).toBe("parentId");
    const patch = await callApi(B, "PATCH", `/enrolments/${ids.enrolments}`, { token: horizonToken, body: { status: "CANCELLED" } });
    expect(patch.status).toBe(404);
    expect(await Promise.all([db.contact.count(), db.enrolment.count(), db.company.count()])).toEqual(before);
  });

  it("refuses a token on another organisation's host, a revoked token and no token with 401", async () => {
    expect((await callApi(A, "GET", "/companies", { token: horizonToken })).status).toBe(401);
    expect((await callApi(A, "GET", "/companies")).status).toBe(401);
    expect((await callApi(A, "GET", "/companies", { token: "pst_not-a-token" })).status).toBe(401);
    const revoked = await apiToken(formapro);
    await db.apiToken.updateMany({ where: { organizationId: formapro, lastUsedAt: null, name: "test" }, data: { revokedAt: new Date() } });
    const answer = await callApi(A, "GET", "/companies", { token: revoked });
    expect(answer).toMatchObject({ status: 401, contentType: "application/problem+json" });
    formaproToken = await apiToken(formapro);
  });
});

describe("scopes", () => {
  it("lets a token do only what its scopes say", async () => {
    const readCompanies = await apiToken(formapro, ["companies:read"]);
    expect((await callApi(A, "GET", "/companies", { token: readCompanies })).status).toBe(200);
    const denied = await callApi(A, "GET", "/contacts", { token: readCompanies });
    expect(denied).toMatchObject({ status: 403, body: { type: "/api/v1/problems/insufficient-scope" } });
    expect((await callApi(A, "POST", "/companies", { token: readCompanies, body: { name: "Refusée" } })).status).toBe(403);
    expect(await db.company.count({ where: { name: "Refusée" } })).toBe(0);
    const writeOnly = await apiToken(formapro, ["companies:write"]);
    expect((await callApi(A, "GET", `/companies/${ids.companies}`, { token: writeOnly })).status).toBe(403);
  });

  it("limits each token's requests (429 with Retry-After once the window is full)", async () => {
    const token = await apiToken(formapro, ["companies:read"]);
    const row = await db.apiToken.findFirstOrThrow({ where: { tokenHash: createHash("sha256").update(token).digest("hex") } });
    const limit = RATE_LIMITS.apiPerToken;
    const key = createHash("sha256").update(`${limit.name}\u0000${row.id}`).digest("hex");
    await db.rateLimitCounter.create({ data: { key, hits: limit.limit, resetAt: new Date(Date.now() + limit.windowMs) } });
    const answer = await callApi(A, "GET", "/companies", { token });
    expect(answer).toMatchObject({ status: 429, body: { type: "/api/v1/problems/rate-limited" } });
  });
});

describe("bad input answers a 400 problem naming the field, never a 500", () => {
  it.each([
    ["a missing name", "/companies", { siret: "123" }, ["name", "siret"]],
    ["a wrong type", "/contacts", { companyId: 12, firstName: "A", lastName: "B" }, ["companyId"]],
    ["a malformed email", "/participants", { companyId: "x", firstName: "A", lastName: "B", email: "nope" }, ["email"]],
    ["an unknown status", "/enrolments", { actionId: "a", participantId: "b", status: "MAYBE" }, ["status"]],
  ])("%s", async (_case, path, body, fields) => {
    const answer = await callApi(A, "POST", path, { token: formaproToken, body });
    expect(answer.status).toBe(400);
    expect(answer.contentType).toBe("application/problem+json");
    expect(answer.body).toMatchObject({ type: "/api/v1/problems/validation", status: 400 });
    expect((answer.body.errors as { field: string }[]).map((error) => error.field).sort()).toEqual(fields);
  });

  it("a body that is not JSON, or not declared as JSON, a bad query and a malformed id", async () => {
    expect((await callApi(A, "POST", "/companies", { token: formaproToken, body: "{nope" })).body.type).toBe(
      "/api/v1/problems/invalid-json",
    );
    const notJson = await callApi(A, "POST", "/companies", {
      token: formaproToken,
      body: "name=x",
      headers: { "content-type": "text/plain" },
    });
    expect(notJson.status).toBe(415);
    const query = await callApi(A, "GET", "/companies?limit=abc", { token: formaproToken });
    expect(query).toMatchObject({ status: 400, body: { errors: [{ field: "limit" }] } });
    expect((await callApi(A, "GET", "/companies?limit=1000", { token: formaproToken })).status).toBe(400);
    expect((await callApi(A, "GET", "/actions?startFrom=demain", { token: formaproToken })).body.errors[0].field).toBe("startFrom");
    expect((await callApi(A, "GET", `/companies/${encodeURIComponent("../x")}`, { token: formaproToken })).status).toBe(404);
  });

  it("a duplicate enrolment is a 409 conflict", async () => {
    const seat = await db.enrolment.findFirstOrThrow({ where: { organizationId: formapro, participantId: { not: null } } });
    const answer = await callApi(A, "POST", "/enrolments", {
      token: formaproToken,
      body: { actionId: seat.actionId, participantId: seat.participantId },
    });
    expect(answer).toMatchObject({ status: 409, contentType: "application/problem+json" });
  });
});

describe("reads and writes", () => {
  it("pages through a list with the cursor, without overlap", async () => {
    const first = await callApi(A, "GET", "/companies?limit=2", { token: formaproToken });
    expect(first.body.data).toHaveLength(2);
    const second = await callApi(A, "GET", `/companies?limit=2&after=${first.body.nextCursor}`, { token: formaproToken });
    const seen = [...first.body.data, ...second.body.data].map((row: { id: string }) => row.id);
    expect(new Set(seen).size).toBe(seen.length);
    const all = await callApi(A, "GET", "/companies?limit=100", { token: formaproToken });
    expect(all.body.nextCursor).toBeNull();
    expect(all.body.data).toHaveLength(await db.company.count({ where: { organizationId: formapro } }));
  });

  it("creates a company, a contact, a participant and their enrolment, which records enrolment.created", async () => {
    const company = await callApi(A, "POST", "/companies", {
      token: formaproToken,
      body: { name: "Boulangerie API", city: "Lyon", siret: "12345678901234" },
    });
    expect(company).toMatchObject({ status: 201, body: { name: "Boulangerie API", city: "Lyon" } });
    const contact = await callApi(A, "POST", "/contacts", {
      token: formaproToken,
      body: { companyId: company.body.id, firstName: "Léa", lastName: "Api", email: "lea@api.test" },
    });
    expect(contact.status).toBe(201);
    const participant = await callApi(A, "POST", "/participants", {
      token: formaproToken,
      body: { companyId: company.body.id, firstName: "Hugo", lastName: "Api" },
    });
    const action = await db.trainingAction.findFirstOrThrow({ where: { organizationId: formapro, type: "INTER" } });
    const enrolment = await callApi(A, "POST", "/enrolments", {
      token: formaproToken,
      body: { actionId: action.id, participantId: participant.body.id },
    });
    expect(enrolment).toMatchObject({ status: 201, body: { companyId: company.body.id, status: "CONFIRMED" } });
    const event = await db.domainEvent.findFirstOrThrow({
      where: { organizationId: formapro, type: "enrolment.created" },
      orderBy: { createdAt: "desc" },
    });
    expect(event.payload).toMatchObject({ enrolmentId: enrolment.body.id, participantId: participant.body.id, orderId: null });
    const cancelled = await callApi(A, "PATCH", `/enrolments/${enrolment.body.id}`, {
      token: formaproToken,
      body: { status: "CANCELLED" },
    });
    expect(cancelled.body.status).toBe("CANCELLED");
    expect(
      await db.domainEvent.count({ where: { type: "enrolment.changed", payload: { path: ["enrolmentId"], equals: enrolment.body.id } } }),
    ).toBe(1);
  });

  it("records the last use of a token", async () => {
    const token = await apiToken(formapro, ["tickets:read"]);
    await callApi(A, "GET", "/tickets", { token });
    const row = await db.apiToken.findFirstOrThrow({ where: { tokenHash: createHash("sha256").update(token).digest("hex") } });
    expect(row.lastUsedAt).not.toBeNull();
  });
});

describe("the OpenAPI description", () => {
  it("is OpenAPI 3.1 with every operation, its scope and schemas, and the reference page lists them", async () => {
    const document = await (await openApiRoute(new Request(`http://${A}/api/v1/openapi.json`), {})).json();
    expect(document.openapi).toBe("3.1.0");
    for (const operation of API_OPERATIONS) {
      const described = document.paths[operation.path][operation.method.toLowerCase()];
      expect({ id: operation.id, operationId: described.operationId, security: described.security }).toEqual({
        id: operation.id,
        operationId: operation.id,
        security: [{ bearer: [operation.scope] }],
      });
    }
    expect(document.components.schemas.Company.properties.name).toEqual({ type: "string" });
    expect(document.paths["/companies"].post.requestBody.content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/NewCompany",
    });
    expect(document.components.schemas.NewCompany.required).toEqual(["name"]);
    const page = await (await referenceRoute(new Request(`http://${A}/api/v1/reference`), {})).text();
    for (const operation of API_OPERATIONS) expect(page).toContain(`id="${operation.id}"`);
  });
});
