import pg from "pg";
import { isConnectionLost } from "../db/is-connection-lost";
import { reportConnectionLost } from "../db/database-availability";
import { PUBSUB_CHANNEL } from "./publish";
import { deliver, deliverToEveryTopic } from "./subscriptions";

export interface EventListener {
  stop(): Promise<void>;
}

const RETRY_MS = [250, 500, 1_000, 2_000];

/**
 * One LISTEN connection per process, kept open: events published by any instance reach this one's
 * subscribers. It reconnects by itself, and then tells every topic that anything may have changed.
 */
export function startEventListener(connectionString: string): EventListener {
  let client: pg.Client | null = null; // the newest connection, open or opening
  let stopped = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;

  const connect = async () => {
    const candidate = new pg.Client({ connectionString, keepAlive: true });
    client = candidate;
    candidate.on("notification", ({ payload }) => {
      const event = parseEvent(payload);
      if (event) deliver(event);
    });
    candidate.on("error", (error) => onLost(candidate, error));
    candidate.on("end", () => onLost(candidate, null));
    try {
      await candidate.connect();
      await candidate.query(`LISTEN ${PUBSUB_CHANNEL}`);
    } catch (error) {
      onLost(candidate, error);
      return;
    }
    if (stopped) return void candidate.end().catch(() => {});
    if (failures > 0) deliverToEveryTopic(); // events of the time it was away were missed
    failures = 0;
  };

  const onLost = (lost: pg.Client, error: unknown) => {
    if (stopped || client !== lost) return;
    client = null;
    if (error && isConnectionLost(error)) reportConnectionLost();
    lost.end().catch(() => {});
    if (retry) return;
    retry = setTimeout(
      () => {
        retry = undefined;
        void connect();
      },
      RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)],
    );
    retry.unref();
  };

  void connect();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}

function parseEvent(payload: string | undefined): { topic: string; key?: string } | null {
  try {
    const event = JSON.parse(payload ?? "") as { topic?: unknown; key?: unknown };
    if (typeof event.topic !== "string") return null;
    return typeof event.key === "string" ? { topic: event.topic, key: event.key } : { topic: event.topic };
  } catch {
    return null;
  }
}
