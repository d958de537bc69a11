import { NextResponse, type NextRequest } from "next/server";
import { db } from "./lib/db";
import { isConnectionLost } from "./lib/db/is-connection-lost";
import { isDatabaseUnavailable, reportConnectionLost } from "./lib/db/database-availability";
import { plainAnswer } from "./lib/http/plain-answer";
import { isPublicPath } from "./lib/http/public-paths";
import { isRouteHandlerPath } from "./lib/http/route-handler-paths";
import { contentSecurityPolicy, newNonce, STRICT_TRANSPORT_SECURITY } from "./lib/http/security-headers";
import { clientIp, requestHost, requestProtocol } from "./lib/http/trusted-proxy";
import { RATE_LIMITS } from "./lib/rate-limit/limits";
import { consumeRateLimit, type RateLimitVerdict } from "./lib/rate-limit/rate-limit";
import { serviceUnavailable } from "./lib/server/service-unavailable";
import { cachedSite, lookupSite } from "./lib/tenancy/cached-site-lookup";
import type { Site } from "./lib/tenancy/site";
import { normalizeHostname } from "./lib/tenancy/normalize-hostname";
import { SITE_HOST_HEADER, SITE_PATH_HEADER, SITE_SEGMENT } from "./lib/tenancy/site-headers";

// Next 16's name for middleware.ts; it runs on Node.js. It routes and sets the response's security
// headers; it authorises nothing (every page, action and route handler does, through lib/auth).

const HEALTH_PATH = "/api/health";

const notFound = () => plainAnswer(404, "Page introuvable", "Cette adresse ne correspond à aucun extranet.");
const badRequest = () => plainAnswer(400, "Adresse invalide", "L’adresse demandée est mal formée. Vérifiez le lien et réessayez.");

/** A path every segment of which decodes (no "%ff"), to no control character (no "%00"). */
function isWellFormedPath(pathname: string): boolean {
  try {
    return !/[\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname));
  } catch {
    return false;
  }
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!isWellFormedPath(pathname)) return badRequest();
  if (pathname === `/${SITE_SEGMENT}` || pathname.startsWith(`/${SITE_SEGMENT}/`)) return notFound();
  if (pathname === HEALTH_PATH) return NextResponse.next();

  const host = requestHost(request.headers);
  const hostname = normalizeHostname(host);
  if (!host || !hostname) return host ? badRequest() : notFound();
  // While the database is unreachable, every page answers the same 503 at once (lib/db/database-availability.ts).
  const unavailable = () => serviceUnavailable({ branding: cachedSite(hostname)?.branding ?? null, api: pathname.startsWith("/api/") });
  if (isDatabaseUnavailable()) return unavailable();
  const ip = clientIp(request.headers);
  let site: Site | null;
  let verdict: RateLimitVerdict | null = null;
  try {
    site = await lookupSite(hostname);
    if (site && ip && isPublicPath(pathname))
      verdict = await consumeRateLimit({ db, limit: RATE_LIMITS.publicPagesPerAddress, subject: ip });
  } catch (error) {
    if (!isConnectionLost(error)) throw error;
    reportConnectionLost();
    return unavailable();
  }
  if (!site) return notFound();
  if (verdict && !verdict.allowed) {
    const retryAfter = String(Math.ceil(verdict.retryAfterMs / 1000));
    return plainAnswer(429, "Trop de requêtes", "Vous avez ouvert beaucoup de pages en peu de temps. Réessayez dans une minute.", {
      "retry-after": retryAfter,
    });
  }

  const https = requestProtocol(request.headers, request.nextUrl.protocol) === "https";
  const nonce = newNonce();
  const policy = contentSecurityPolicy({ nonce, https, dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set(SITE_HOST_HEADER, hostname);
  headers.set(SITE_PATH_HEADER, pathname);
  // Everything downstream (Auth.js, the same-origin check, absolute URLs) reads the host and protocol
  // from these: pinned to what was resolved here, whatever the client sent.
  headers.set("x-forwarded-host", host.trim().toLowerCase());
  headers.set("x-forwarded-proto", https ? "https" : "http");
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  headers.set("content-security-policy", policy);

  const internal = request.nextUrl.clone();
  internal.pathname = `/${SITE_SEGMENT}/${hostname}${pathname}`;
  const response = pathname.startsWith("/api/")
    ? NextResponse.next({ request: { headers } })
    : NextResponse.rewrite(internal, { request: { headers } });
  // A page gets this policy; a route handler keeps its own (a header set here would override it).
  if (!isRouteHandlerPath(pathname)) response.headers.set("content-security-policy", policy);
  if (https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|demo/|fonts/).*)"],
};
