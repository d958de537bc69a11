import { z } from "zod";
import { notFoundResponse, publicRoute } from "@/lib/http/define-route";
import { brandingKey } from "@/lib/settings/upload-logo";
import { getFileStorage } from "@/lib/storage/storage";
import { getCurrentSite } from "@/lib/tenancy/get-current-site";

export const runtime = "nodejs";

const TYPES = { png: "image/png", svg: "image/svg+xml" } as const;

/** Serves an uploaded logo of this site's organisation (public: it is shown on the login page and in emails). */
export const GET = publicRoute({ params: z.object({ file: z.string().regex(/^[0-9a-f-]{36}\.(png|svg)$/) }) }, async ({ params }) => {
  const site = await getCurrentSite();
  const bytes = await getFileStorage().get(brandingKey(site.organization.id, params.file));
  if (!bytes) return notFoundResponse();
  return new Response(Buffer.from(bytes), {
    headers: {
      "content-type": TYPES[params.file.slice(-3) as keyof typeof TYPES],
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      // An SVG may carry script: never let it run, even when opened directly.
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });
});
