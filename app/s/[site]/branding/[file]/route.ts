import { brandingKey } from "@/lib/settings/upload-logo";
import { getFileStorage } from "@/lib/storage/storage";
import { getCurrentSite } from "@/lib/tenancy/get-current-site";

export const runtime = "nodejs";

const TYPES: Record<string, string> = { png: "image/png", svg: "image/svg+xml" };

/** Serves an uploaded logo of this site's organisation (public: it is shown on the login page and in emails). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = /^[0-9a-f-]{36}\.(png|svg)$/.exec(file);
  const site = await getCurrentSite();
  const bytes = match ? await getFileStorage().get(brandingKey(site.organization.id, file)) : null;
  if (!match || !bytes) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(bytes), {
    headers: {
      "content-type": TYPES[match[1]],
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      // An SVG may carry script: never let it run, even when opened directly.
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
