import type { Database, TransactionClient } from "../db/create-prisma-client";
import { publish } from "../pubsub/publish";
import { subscribe } from "../pubsub/subscriptions";

export interface ProcessCacheOptions<V> {
  /** The pub/sub topic that invalidates it in every instance, e.g. "sites". */
  topic: string;
  load: (key: string) => Promise<V>;
  /** A bound on staleness should an event be lost; events make changes visible far sooner. */
  ttlMs: number;
  maxEntries: number;
}

export interface ProcessCache<V> {
  get(key: string): Promise<V>;
  /** The cached value, if any, without loading (the 503 page brands itself with it while the database is down). */
  peek(key: string): V | undefined;
  /** Drops `key` (or everything) here and in every other instance; through a transaction, on commit. */
  invalidate(db: Database | TransactionClient, key?: string): Promise<void>;
}

interface Entry<V> {
  value: V;
  expiresAt: number;
}

const stores = ((
  globalThis as unknown as { passerelleCaches?: Map<string, { entries: Map<string, unknown>; generation: number }> }
).passerelleCaches ??= new Map());

/**
 * A per-process cache of values read from the database, kept coherent across instances by pub/sub: an
 * invalidation published by any instance empties it everywhere. A value loaded while an invalidation
 * happened is not kept (it may predate the change).
 */
export function processCache<V>({ topic, load, ttlMs, maxEntries }: ProcessCacheOptions<V>): ProcessCache<V> {
  let store = stores.get(topic);
  if (!store) {
    const created = { entries: new Map<string, unknown>(), generation: 0 };
    subscribe(topic, ({ key }) => {
      created.generation++;
      if (key === undefined) created.entries.clear();
      else created.entries.delete(key);
    });
    stores.set(topic, created);
    store = created;
  }
  const { entries } = store;
  const shared = store;
  return {
    async get(key) {
      const hit = entries.get(key) as Entry<V> | undefined;
      if (hit && hit.expiresAt > Date.now()) return hit.value;
      const generation = shared.generation;
      const value = await load(key);
      if (generation === shared.generation) {
        if (entries.size >= maxEntries) entries.clear();
        entries.set(key, { value, expiresAt: Date.now() + ttlMs } satisfies Entry<V>);
      }
      return value;
    },
    peek: (key) => (entries.get(key) as Entry<V> | undefined)?.value,
    invalidate: (db, key) => publish(db, key === undefined ? { topic } : { topic, key }),
  };
}
