import "server-only";
import { z } from "zod";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { DEFINED_ROUTE } from "../http/define-route";
import { searchParamsRecord } from "../http/request-params";
import { isSameOriginRequest } from "../http/same-origin";
import { RATE_LIMITS } from "../rate-limit/limits";
import { consumeRateLimit } from "../rate-limit/rate-limit";
import { getCurrentSite } from "../tenancy/get-current-site";
import type { ApiScope } from "./api-scopes";
import { authenticateApiToken, hasScope, type ApiContext } from "./authenticate-api-token";
import { ApiProblem, problem, type ProblemField } from "./problem";

/** One operation of the REST API: what the OpenAPI description says of it, and what runs. */
export interface ApiOperation<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> {
  id: string;
  method: "GET" | "POST" | "PATCH";
  /** OpenAPI style: "/companies/{id}". */
  path: string;
  summary: string;
  scope: ApiScope;
  params?: P;
  query?: Q;
  body?: B;
  /** The success body (documentation; the handler builds it). */
  response: z.ZodType;
  status?: 200 | 201;
  handler: (input: { params: z.output<P>; query: z.output<Q>; body: z.output<B> }, context: ApiContext) => Promise<unknown>;
}

/** Typed by its schemas; the list in api-operations.ts feeds both the routes and openapi.json. */
export const defineApiOperation = <P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(operation: ApiOperation<P, Q, B>) =>
  operation as unknown as ApiOperation;

const fieldsOf = (error: z.ZodError): ProblemField[] =>
  error.issues.map((issue) => ({ field: issue.path.join(".") || "(body)", detail: issue.message }));

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * define-route.ts for the token-authenticated API. In order: a browser's cross-site write is refused (as
 * every route's), the bearer token must be live and belong to this host's organisation (401), within its
 * rate limit (429) and hold the operation's scope (403); a malformed id answers 404 like a foreign one,
 * a bad query or body 400 naming the fields. Every refusal is an RFC 9457 problem; the handler only
 * ever sees the token's organisation.
 */
export function apiRoute(operation: ApiOperation) {
  const route = async (request: Request, segments?: { params?: Promise<unknown> }): Promise<Response> => {
    if (!SAFE_METHODS.has(request.method) && !isSameOriginRequest(request.headers))
      return Response.json({ status: "error", code: "cross_site" }, { status: 403 });
    try {
      const site = await getCurrentSite();
      const context = await authenticateApiToken({
        authorization: request.headers.get("authorization"),
        organizationId: site.organization.id,
      });
      if (!context)
        return problem(401, "unauthorized", "A valid API token of this organisation is required (Authorization: Bearer …).", {
          headers: { "www-authenticate": 'Bearer realm="passerelle"' },
        });
      const verdict = await consumeRateLimit({ db, limit: RATE_LIMITS.apiPerToken, subject: context.tokenId });
      if (!verdict.allowed)
        return problem(429, "rate-limited", "Too many requests for this token; try again later.", {
          headers: { "retry-after": String(Math.ceil(verdict.retryAfterMs / 1000)) },
        });
      if (!hasScope(context, operation.scope)) return problem(403, "insufficient-scope", `This token lacks the scope ${operation.scope}.`);

      const params = (operation.params ?? z.object({})).safeParse((await segments?.params) ?? {});
      if (!params.success) return problem(404, "not-found", "No such resource.");
      const query = (operation.query ?? z.object({})).safeParse(searchParamsRecord(new URL(request.url)));
      if (!query.success) return problem(400, "invalid-query", "The query string is invalid.", { errors: fieldsOf(query.error) });
      let body: unknown = undefined;
      if (operation.body) {
        if (!/^application\/(.+\+)?json\b/i.test(request.headers.get("content-type") ?? ""))
          return problem(415, "unsupported-media-type", "Send the body as application/json.");
        try {
          body = await request.json();
        } catch {
          return problem(400, "invalid-json", "The body is not valid JSON.");
        }
        const parsed = operation.body.safeParse(body);
        if (!parsed.success) return problem(400, "validation", "The body is invalid.", { errors: fieldsOf(parsed.error) });
        body = parsed.data;
      }
      const result = await operation.handler({ params: params.data, query: query.data, body }, context);
      return Response.json(result, { status: operation.status ?? 200, headers: { "cache-control": "no-store" } });
    } catch (error) {
      if (error instanceof ApiProblem) return problem(error.status, error.code, error.message, { errors: error.errors });
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
        return problem(409, "conflict", "This would duplicate an existing record.");
      if ((error as { digest?: string } | null)?.digest === "NEXT_HTTP_ERROR_FALLBACK;404")
        return problem(404, "not-found", "No such resource.");
      throw error;
    }
  };
  return Object.assign(route, { [DEFINED_ROUTE]: "token" as const });
}
