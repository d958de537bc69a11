import type { Database, TransactionClient } from "../db/create-prisma-client";
import { deliver, type PubSubEvent } from "./subscriptions";

/** The PostgreSQL channel every instance listens on (pubsub/event-listener.ts). */
export const PUBSUB_CHANNEL = "passerelle_events";

/**
 * Tells every instance that `topic` (optionally one `key` of it) changed. Through a transaction the other
 * instances hear it when it commits (NOTIFY is transactional); this process hears it at once, and again
 * on commit, so a value it re-reads in between is dropped too.
 */
export async function publish(db: Database | TransactionClient, event: PubSubEvent): Promise<void> {
  deliver(event);
  await db.$executeRaw`SELECT pg_notify(${PUBSUB_CHANNEL}, ${JSON.stringify(event)})`;
}
