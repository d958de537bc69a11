import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { publicRoute } from "@/lib/http/define-route";

// Auth.js builds its redirects and its callback-url cookie from the request's URL, which in a route handler
// names the server's own address (http://localhost:<port>). Rebuilt from the host and protocol proxy.ts
// pinned, every URL it writes points at the site the request came to.
function onSiteUrl(request: NextRequest): NextRequest {
  const host = request.headers.get("x-forwarded-host");
  const protocol = request.headers.get("x-forwarded-proto");
  if (!host || !protocol) return request;
  const url = new URL(request.nextUrl.pathname + request.nextUrl.search, `${protocol}://${host}`);
  return new NextRequest(url, request);
}

export const GET = publicRoute({}, ({ request }) => handlers.GET(onSiteUrl(request as NextRequest)));
export const POST = publicRoute({}, ({ request }) => handlers.POST(onSiteUrl(request as NextRequest)));
