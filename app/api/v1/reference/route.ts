// The API reference, a server-rendered page of the OpenAPI description (no script, nothing from a CDN).
import { publicRoute } from "@/lib/http/define-route";
import { renderApiReference } from "@/lib/api/render-api-reference";

export const GET = publicRoute(
  {},
  async () =>
    new Response(renderApiReference(), {
      headers: {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
        "cache-control": "public, max-age=300",
      },
    }),
);
