import "server-only";
import { z } from "zod";
import { requireContact, type ContactContext } from "../auth/require-contact";
import { requireStaff, type StaffContext } from "../auth/require-staff";
import { searchParamsRecord } from "./request-params";
import { isSameOriginRequest } from "./same-origin";

/** Set on every handler built here (who may call it); the route-handler walk test checks that every exported handler has it. */
export const DEFINED_ROUTE = Symbol.for("passerelle.defined-route");

type RouteAccess = "public" | "contact" | "staff";
type RouteHandler = ((request: Request, route?: { params?: Promise<unknown> }) => Promise<Response>) & { [DEFINED_ROUTE]: RouteAccess };

interface RouteSpec<P extends z.ZodType, Q extends z.ZodType> {
  /** The dynamic segments; a malformed one answers 404 (like a foreign id). */
  params?: P;
  /** The query string (a repeated parameter comes as an array); a value no fallback covers answers 400. */
  query?: Q;
}

type Handler<P extends z.ZodType, Q extends z.ZodType, C> = (
  input: { request: Request; params: z.output<P>; query: z.output<Q> },
  context: C,
) => Promise<Response>;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const refusal = (status: number, code: string) => Response.json({ status: "error", code }, { status });
export const notFoundResponse = () =>
  new Response("Introuvable.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

const isNotFound = (error: unknown) => (error as { digest?: string } | null)?.digest === "NEXT_HTTP_ERROR_FALLBACK;404";

/**
 * define-action.ts for route handlers. A state-changing request (any method but GET, HEAD, OPTIONS) from
 * another site is refused first (403, Origin / Sec-Fetch-Site); then the caller's context is resolved
 * (authentication and tenant: redirects propagate), a staff member's read-only preview may not write
 * (403), the segments and query string are validated with zod, and notFound() becomes a plain 404.
 */
function defineRoute<C>(access: RouteAccess, resolveContext: () => Promise<C>) {
  return <P extends z.ZodType = z.ZodObject, Q extends z.ZodType = z.ZodObject>(
    spec: RouteSpec<P, Q>,
    handler: Handler<P, Q, C>,
  ): RouteHandler => {
    // A route without dynamic segments gets no params from Next.
    const route = async (request: Request, segments?: { params?: Promise<unknown> }) => {
      const writes = !SAFE_METHODS.has(request.method);
      if (writes && !isSameOriginRequest(request.headers)) return refusal(403, "cross_site");
      try {
        const context = await resolveContext();
        if (writes && (context as { preview?: boolean } | undefined)?.preview) return refusal(403, "preview_read_only");
        const parsedParams = (spec.params ?? z.object({})).safeParse((await segments?.params) ?? {});
        if (!parsedParams.success) return notFoundResponse();
        const parsedQuery = (spec.query ?? z.object({})).safeParse(searchParamsRecord(new URL(request.url)));
        if (!parsedQuery.success) return refusal(400, "invalid_query");
        return await handler({ request, params: parsedParams.data as z.output<P>, query: parsedQuery.data as z.output<Q> }, context);
      } catch (error) {
        if (isNotFound(error)) return notFoundResponse();
        throw error;
      }
    };
    return Object.assign(route, { [DEFINED_ROUTE]: access });
  };
}

/** Anyone (the context is nothing): the calendar feed, Auth.js, the health probe. */
export const publicRoute = defineRoute("public", async () => undefined);
export const contactRoute = defineRoute<ContactContext>("contact", requireContact);
export const staffRoute = defineRoute<StaffContext>("staff", requireStaff);
