import { db } from "@/lib/db";
import type { ApiScope } from "@/lib/api/api-scopes";
import { API_SCOPES } from "@/lib/api/api-scopes";
import { newApiTokenSecret } from "@/lib/api/api-token-secret";
import { simulateRequest } from "./next-request-mock";

/** A live API token of `organizationId` with these scopes (all by default), made as /admin/api makes them. */
export async function apiToken(organizationId: string, scopes: readonly ApiScope[] = API_SCOPES): Promise<string> {
  const { token, prefix, tokenHash } = newApiTokenSecret();
  await db.apiToken.create({ data: { organizationId, name: "test", prefix, tokenHash, scopes: [...scopes] } });
  return token;
}

export interface ApiAnswer {
  status: number;
  contentType: string | null;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * Calls /api/v1<path> on `host` through its route file (app/api/v1/<resource>[/[id]]/route.ts), as proxy.ts
 * would hand it over: the site header set, the bearer token in Authorization.
 */
export async function callApi(
  host: string,
  method: string,
  path: string,
  { token, body, headers = {} }: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiAnswer> {
  const url = new URL(`http://${host}:3000/api/v1${path}`);
  const [, resource, id] = url.pathname.replace(/^\/api\/v1/, "").split("/");
  const routeModule = (await (id === undefined
    ? import(`@/app/api/v1/${resource}/route`)
    : import(`@/app/api/v1/${resource}/[id]/route`))) as Record<
    string,
    (request: Request, route: { params: Promise<unknown> }) => Promise<Response>
  >;
  simulateRequest({ host });
  const handler = routeModule[method];
  if (!handler) throw new Error(`no ${method} on ${path}`);
  const request = new Request(url, {
    method,
    headers: {
      host: `${host}:3000`,
      ...(token && { authorization: `Bearer ${token}` }),
      ...(body !== undefined && { "content-type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve(id === undefined ? {} : { id: decodeURIComponent(id) }) });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get("content-type"), body: text ? JSON.parse(text) : null };
}
