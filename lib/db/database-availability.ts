import pg from "pg";
import { databaseUrl } from "./database-url";

// Once a connection is lost and a fresh one is refused too, the server is taken as unavailable until a
// probe connects again: the proxy then answers 503 at once instead of letting each page fail on its own.
// (One connection ended by the server, the others fine, is no outage.) The state is per process, on
// globalThis because the proxy and the app are separate bundles of the same process.
const PROBE_EVERY_MS = 250;
const state = ((
  globalThis as unknown as { passerelleDbAvailability?: { lostAt: number | null; checking: boolean } }
).passerelleDbAvailability ??= {
  lostAt: null,
  checking: false,
});

export function isDatabaseUnavailable(): boolean {
  return state.lostAt !== null;
}

export function reportConnectionLost(): void {
  if (state.lostAt !== null || state.checking) return;
  state.checking = true;
  void answers().then((up) => {
    state.checking = false;
    if (up || state.lostAt !== null) return;
    state.lostAt = Date.now();
    console.error("[db] PostgreSQL is unreachable: answering 503 until it is back");
    void probeUntilBack();
  });
}

async function probeUntilBack(): Promise<void> {
  while (state.lostAt !== null) {
    await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
    if (await answers()) {
      console.error(`[db] PostgreSQL is back after ${((Date.now() - state.lostAt) / 1000).toFixed(1)} s`);
      state.lostAt = null;
    }
  }
}

/** Whether the server accepts a connection and a query right now (also the health check's answer). */
export async function answers(timeoutMs = 1_000): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl(), connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
