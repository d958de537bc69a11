// Stands in for the request a page or action runs in: next/headers and the Auth.js session.
// Use: jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
//      jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);
import type { Session } from "next-auth";
import { SITE_HOST_HEADER } from "@/lib/tenancy/site-headers";
import type { SessionIdentity } from "@/lib/auth/session-identity";

const request = {
  headers: new Headers(),
  cookies: new Map<string, string>(),
  session: null as Session | null,
};

export const nextHeaders = {
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void request.cookies.set(name, value),
    delete: (name: string) => void request.cookies.delete(name),
  }),
};

export const nextAuth = {
  sessionCookieIdentity: async () => request.session?.identity ?? null,
};

/** The next calls run as a request to `host` (as proxy.ts resolved it) with this session, cookies and headers. */
export function simulateRequest({
  host,
  identity,
  cookies = {},
  headers = {},
}: {
  host: string;
  identity?: SessionIdentity;
  cookies?: Record<string, string>;
  headers?: Record<string, string>;
}): void {
  request.headers = new Headers({ ...headers, [SITE_HOST_HEADER]: host });
  request.cookies = new Map(Object.entries(cookies));
  request.session = identity ? { identity, expires: new Date(Date.now() + 3_600_000).toISOString() } : null;
}

/** The cookies of the simulated request, as the calls so far left them (set or deleted). */
export function requestCookies(): Record<string, string> {
  return Object.fromEntries(request.cookies);
}

/** Where a call redirected to (Next's redirect() throws an error whose digest names the URL). */
export async function redirectTarget(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2];
    throw error;
  }
  throw new Error("expected a redirect");
}

export async function isNotFound(call: Promise<unknown>): Promise<boolean> {
  try {
    await call;
    return false;
  } catch (error) {
    return (error as { digest?: string }).digest === "NEXT_HTTP_ERROR_FALLBACK;404";
  }
}
