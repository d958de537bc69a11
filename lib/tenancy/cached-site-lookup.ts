import { processCache } from "../cache/process-cache";
import type { Database, TransactionClient } from "../db/create-prisma-client";
import { db } from "../db";
import { findSiteByHostname } from "./find-site-by-hostname";
import type { Site } from "./site";

// Every request resolves its host; the Domain table changes rarely, so each process caches the answer.
// A change made on any instance empties every instance's cache (pub/sub on PostgreSQL); the TTL only
// bounds staleness should an event be lost.
const sites = processCache<Site | null>({
  topic: "sites",
  load: (hostname) => findSiteByHostname({ db, hostname }),
  ttlMs: 60_000,
  maxEntries: 1_000,
});

export function lookupSite(hostname: string): Promise<Site | null> {
  return sites.get(hostname);
}

/** The cached site of `hostname`, without asking the database (which may be down). */
export function cachedSite(hostname: string): Site | null {
  return sites.peek(hostname) ?? null;
}

/** After staff change domains or branding: every instance forgets its cached sites (on commit, through a transaction). */
export function invalidateSiteCache(client: Database | TransactionClient = db): Promise<void> {
  return sites.invalidate(client);
}
