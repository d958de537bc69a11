// What every visitor of an organisation's site sees alike (its published catalogue, its options) is kept in
// this process for at most its TTL. A write calls invalidateOrganizationData(): this process forgets the
// organisation's entries at once and the other instances hear it through the invalidation bus, once one is
// connected (connectInvalidationBus: the data layer's publish/subscribe on PostgreSQL). Until then, or
// should a message be lost, no entry outlives its TTL, which is the freshness the pages promise.

/** How instances tell each other that an organisation's data changed. */
export interface InvalidationBus {
  publish(organizationId: string): void;
  /** `null`: anything may have changed (the bus reconnected after missing messages). */
  subscribe(listener: (organizationId: string | null) => void): void;
}

interface Entry {
  organizationId: string;
  expiresAt: number;
  value: Promise<unknown>;
}

const MAX_ENTRIES = 2_000;
const entries = new Map<string, Entry>();
let bus: InvalidationBus | null = null;

/**
 * The value of `load()` for this organisation and key, loaded at most once per `ttlMs` in this process:
 * concurrent requests share one load, and a failed load is forgotten at once.
 */
export function cachedForOrganization<T>(organizationId: string, key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const cacheKey = `${organizationId}\u0000${key}`;
  const hit = entries.get(cacheKey);
  if (hit && hit.expiresAt > Date.now()) return hit.value as Promise<T>;
  if (entries.size >= MAX_ENTRIES) entries.clear();
  const value = load();
  entries.set(cacheKey, { organizationId, expiresAt: Date.now() + ttlMs, value });
  value.catch(() => {
    if (entries.get(cacheKey)?.value === value) entries.delete(cacheKey);
  });
  return value;
}

function forget(organizationId: string | null): void {
  if (organizationId === null) return entries.clear();
  for (const [key, entry] of entries) if (entry.organizationId === organizationId) entries.delete(key);
}

/** After a write that changes what an organisation's visitors see: here at once, elsewhere through the bus. */
export function invalidateOrganizationData(organizationId: string): void {
  forget(organizationId);
  bus?.publish(organizationId);
}

/** Wires the cross-instance invalidation (once per process, where the data layer starts its listener). */
export function connectInvalidationBus(next: InvalidationBus): void {
  bus = next;
  bus.subscribe(forget);
}
