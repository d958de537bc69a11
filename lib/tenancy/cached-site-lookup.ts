import { getDb } from "../db/client";
import { findSiteByHostname } from "./find-site-by-hostname";
import type { Site } from "./site";

// Every request resolves its host; the Domain table changes rarely, so a short per-process cache
// saves a query per request. Staff changes to domains or branding show up within TTL_MS.
const TTL_MS = 30_000;
const MAX_ENTRIES = 1_000;
const cache = new Map<string, { site: Site | null; expiresAt: number }>();

export async function lookupSite(hostname: string): Promise<Site | null> {
  const hit = cache.get(hostname);
  if (hit && hit.expiresAt > Date.now()) return hit.site;
  const site = await findSiteByHostname({ db: getDb(), hostname });
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(hostname, { site, expiresAt: Date.now() + TTL_MS });
  return site;
}

/**
 * Forgets cached sites after staff change domains or branding, so this process never serves stale data.
 * Other instances still see the change within TTL_MS.
 */
export function invalidateSiteCache(): void {
  cache.clear();
}
