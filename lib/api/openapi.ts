import { z } from "zod";
import { API_OPERATIONS } from "./api-operations";
import type { ApiOperation } from "./define-api-route";

type JsonSchema = Record<string, unknown>;

// The OpenAPI 3.1 description of /api/v1, generated from the zod schemas the routes validate with
// (z.toJSONSchema, JSON Schema 2020-12 as OpenAPI 3.1 uses it): the documentation cannot drift from the code.

const PROBLEM = "#/components/schemas/Problem";
const problemSchema = {
  type: "object",
  description: "RFC 9457 problem details; `errors` names the fields at fault.",
  properties: {
    type: { type: "string" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    errors: { type: "array", items: { type: "object", properties: { field: { type: "string" }, detail: { type: "string" } } } },
  },
  required: ["type", "title", "status", "detail"],
};

function toSchema(schema: z.ZodType, io: "input" | "output", components: Record<string, JsonSchema>): JsonSchema {
  const {
    $schema: _drop,
    $defs,
    ...json
  } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const rewrite = (value: JsonSchema) => JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
  for (const [id, definition] of Object.entries($defs ?? {})) components[id] = rewrite(definition);
  return rewrite(json);
}

function parameters(operation: ApiOperation, components: Record<string, JsonSchema>) {
  const list: JsonSchema[] = [];
  for (const [where, schema] of [
    ["path", operation.params],
    ["query", operation.query],
  ] as const) {
    if (!schema) continue;
    const json = toSchema(schema, "input", components) as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      const { description, ...rest } = property;
      list.push({ name, in: where, required: where === "path" || (json.required ?? []).includes(name), description, schema: rest });
    }
  }
  return list;
}

const problemResponse = (description: string) => ({ description, content: { "application/problem+json": { schema: { $ref: PROBLEM } } } });

export function openApiDocument(serverUrl: string) {
  const components: Record<string, JsonSchema> = { Problem: problemSchema };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of API_OPERATIONS) {
    const success = String(operation.status ?? 200);
    (paths[operation.path] ??= {})[operation.method.toLowerCase()] = {
      operationId: operation.id,
      summary: operation.summary,
      tags: [operation.path.split("/")[1]],
      description: `Scope: \`${operation.scope}\`.`,
      security: [{ bearer: [operation.scope] }],
      parameters: parameters(operation, components),
      ...(operation.body && {
        requestBody: { required: true, content: { "application/json": { schema: toSchema(operation.body, "input", components) } } },
      }),
      responses: {
        [success]: { description: "OK", content: { "application/json": { schema: toSchema(operation.response, "output", components) } } },
        ...(operation.body || operation.query ? { "400": problemResponse("Invalid query or body: `errors` names the fields.") } : {}),
        "401": problemResponse("No valid token of this organisation."),
        "403": problemResponse("The token lacks the scope."),
        "404": problemResponse("Not found (also any id of another organisation)."),
        "429": problemResponse("Rate limit of the token reached; see Retry-After."),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Passerelle API",
      version: "1",
      description:
        "The REST API of the organisation whose host you call. Authenticate with `Authorization: Bearer <token>` (tokens are made in /admin/api). Lists are in id order: pass `nextCursor` as `?after=`.",
    },
    servers: [{ url: serverUrl }],
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } }, schemas: components },
    paths,
  };
}
