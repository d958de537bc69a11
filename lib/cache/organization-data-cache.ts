import { db } from "../db";
import type { Database, TransactionClient } from "../db/create-prisma-client";
import { publish } from "../pubsub/publish";
import { subscribe } from "../pubsub/subscriptions";

// What every visitor of an organisation's site sees alike (its published catalogue, its options) is kept in
// this process for at most its TTL. A write calls invalidateOrganizationData(): every instance forgets the
// organisation's entries through the pub/sub on PostgreSQL (this one at once). Should a message be lost, no
// entry outlives its TTL, which is the freshness the pages promise.

const TOPIC = "organization-data";
const MAX_ENTRIES = 2_000;

interface Entry {
  organizationId: string;
  expiresAt: number;
  value: Promise<unknown>;
}

// On globalThis, like the pub/sub's handlers: one store per process, whatever bundle imports this file.
const store = ((globalThis as unknown as { passerelleOrganizationData?: Map<string, Entry> }).passerelleOrganizationData ??= (() => {
  const entries = new Map<string, Entry>();
  subscribe(TOPIC, ({ key }) => {
    if (key === undefined) return entries.clear();
    for (const [cacheKey, entry] of entries) if (entry.organizationId === key) entries.delete(cacheKey);
  });
  return entries;
})());

/**
 * The value of `load()` for this organisation and key, loaded at most once per `ttlMs` in this process:
 * concurrent requests share one load, and a failed load is forgotten at once.
 */
export function cachedForOrganization<T>(organizationId: string, key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const cacheKey = `${organizationId}\u0000${key}`;
  const hit = store.get(cacheKey);
  if (hit && hit.expiresAt > Date.now()) return hit.value as Promise<T>;
  if (store.size >= MAX_ENTRIES) store.clear();
  const value = load();
  store.set(cacheKey, { organizationId, expiresAt: Date.now() + ttlMs, value });
  value.catch(() => {
    if (store.get(cacheKey)?.value === value) store.delete(cacheKey);
  });
  return value;
}

/**
 * After a write that changes what an organisation's visitors see: forgotten here at once, and in every
 * other instance (given the write's transaction, when it commits).
 */
export async function invalidateOrganizationData(organizationId: string, client: Database | TransactionClient = db): Promise<void> {
  await publish(client, { topic: TOPIC, key: organizationId });
}
