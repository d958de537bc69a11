import { NextResponse, type NextRequest } from "next/server";
import { isConnectionLost } from "./lib/db/is-connection-lost";
import { isDatabaseUnavailable, reportConnectionLost } from "./lib/db/database-availability";
import { serviceUnavailable } from "./lib/server/service-unavailable";
import { cachedSite, lookupSite } from "./lib/tenancy/cached-site-lookup";
import { normalizeHostname } from "./lib/tenancy/normalize-hostname";
import { SITE_HOST_HEADER, SITE_SEGMENT } from "./lib/tenancy/site-headers";

// Next 16's name for middleware.ts; it runs on Node.js. It only routes: every page and action
// authorises on its own (lib/auth), never here.

const HEALTH_PATH = "/api/health";

const notFound = () =>
  new NextResponse("<!doctype html><title>404</title><h1>Page introuvable</h1>", {
    status: 404,
    headers: { "content-type": "text/html; charset=utf-8" },
  });

/** Behind a reverse proxy that rewrites Host, TRUST_FORWARDED_HOST=1 takes the client's host from X-Forwarded-Host. */
function requestHost(request: NextRequest): string | null {
  const forwarded = process.env.TRUST_FORWARDED_HOST === "1" ? request.headers.get("x-forwarded-host") : null;
  return forwarded?.split(",")[0].trim() ?? request.headers.get("host");
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === `/${SITE_SEGMENT}` || pathname.startsWith(`/${SITE_SEGMENT}/`)) return notFound();
  if (pathname === HEALTH_PATH) return NextResponse.next();

  const host = requestHost(request);
  const hostname = normalizeHostname(host);
  if (!hostname || !host) return notFound();
  // While the database is unreachable, every page answers the same 503 at once (lib/db/database-availability.ts).
  const unavailable = () => serviceUnavailable({ branding: cachedSite(hostname)?.branding ?? null, api: pathname.startsWith("/api/") });
  if (isDatabaseUnavailable()) return unavailable();
  let site;
  try {
    site = await lookupSite(hostname);
  } catch (error) {
    if (!isConnectionLost(error)) throw error;
    reportConnectionLost();
    return unavailable();
  }
  if (!site) return notFound();

  const headers = new Headers(request.headers);
  headers.set(SITE_HOST_HEADER, hostname);
  // Auth.js builds its URLs from X-Forwarded-Host when present: pin it to the host we resolved.
  headers.set("x-forwarded-host", host);

  if (pathname.startsWith("/api/")) return NextResponse.next({ request: { headers } });
  const url = request.nextUrl.clone();
  url.pathname = `/${SITE_SEGMENT}/${hostname}${pathname}`;
  return NextResponse.rewrite(url, { request: { headers } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|demo/|fonts/).*)"],
};
