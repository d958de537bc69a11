import pg from "pg";
import { processCache } from "@/lib/cache/process-cache";
import { db } from "@/lib/db";
import { startEventListener, type EventListener } from "@/lib/pubsub/event-listener";
import { PUBSUB_CHANNEL } from "@/lib/pubsub/publish";
import { subscribe, type PubSubEvent } from "@/lib/pubsub/subscriptions";

jest.setTimeout(30_000);

const topic = `test-${Date.now().toString(36)}`;

/** Another instance: its own connection, publishing the way publish() does. */
async function publishFromAnotherInstance(event: PubSubEvent): Promise<void> {
  const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await other.connect();
  await other.query("SELECT pg_notify($1, $2)", [PUBSUB_CHANNEL, JSON.stringify(event)]);
  await other.end();
}

async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

describe("pub/sub across instances (LISTEN/NOTIFY)", () => {
  let listener: EventListener;
  const heard: PubSubEvent[] = [];

  beforeAll(async () => {
    subscribe(topic, (event) => heard.push(event));
    listener = startEventListener(process.env.DATABASE_URL!);
    await new Promise((resolve) => setTimeout(resolve, 300));
  });

  afterAll(async () => {
    await listener.stop();
    await db.$disconnect();
  });

  it("delivers another instance's event to this one's subscribers, with its key", async () => {
    await publishFromAnotherInstance({ topic, key: "formapro.localhost" });
    expect(await eventually(() => heard.some((event) => event.key === "formapro.localhost"))).toBe(true);
  });

  it("empties a process cache when any instance invalidates it, and not before a transaction commits", async () => {
    let version = 1;
    const cache = processCache({ topic, load: async () => version, ttlMs: 60_000, maxEntries: 10 });
    expect(await cache.get("k")).toBe(1);
    version = 2;
    expect(await cache.get("k")).toBe(1); // cached

    await publishFromAnotherInstance({ topic, key: "k" });
    expect(await eventually(async () => (await cache.get("k")) === 2)).toBe(true);

    // Through a transaction, other instances hear of it on commit only.
    version = 3;
    const otherInstance = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await otherInstance.connect();
    const notified: string[] = [];
    otherInstance.on("notification", ({ payload }) => notified.push(payload ?? ""));
    await otherInstance.query(`LISTEN ${PUBSUB_CHANNEL}`);
    await db.$transaction(async (tx) => {
      await cache.invalidate(tx, "k");
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(notified).toEqual([]);
    });
    expect(await eventually(() => notified.some((payload) => payload.includes(`"key":"k"`)))).toBe(true);
    expect(await cache.get("k")).toBe(3);
    await otherInstance.end();
  });

  it("reconnects by itself after losing its connection, then tells every topic that anything may have changed", async () => {
    heard.length = 0;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE $1 AND pid <> pg_backend_pid()",
      [`LISTEN ${PUBSUB_CHANNEL}%`],
    );
    await admin.end();
    expect(await eventually(() => heard.some((event) => event.key === undefined))).toBe(true);
    await publishFromAnotherInstance({ topic, key: "after-reconnect" });
    expect(await eventually(() => heard.some((event) => event.key === "after-reconnect"))).toBe(true);
  });
});
