import pg from "pg";
import { databaseUrl } from "./database-url";

// Once a connection is lost and a fresh one is refused too, the server is taken as unavailable until a
// probe connects again: the proxy then answers 503 at once instead of letting each page fail on its own.
// (One connection ended by the server, the others fine, is no outage.) The state is per process, on
// globalThis because the proxy and the app are separate bundles of the same process.
const PROBE_EVERY_MS = 250;

// Private fields rather than properties: test runners that clean globals up rewrite an object's properties.
class DatabaseAvailability {
  #lostAt: number | null = null;
  #checking = false;

  get unavailable(): boolean {
    return this.#lostAt !== null;
  }

  connectionLost(): void {
    if (this.#lostAt !== null || this.#checking) return;
    this.#checking = true;
    void answers().then((up) => {
      this.#checking = false;
      if (up || this.#lostAt !== null) return;
      this.#lostAt = Date.now();
      console.error("[db] PostgreSQL is unreachable: answering 503 until it is back");
      void this.#probeUntilBack();
    });
  }

  async #probeUntilBack(): Promise<void> {
    while (this.#lostAt !== null) {
      await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
      if (await answers()) {
        console.error(`[db] PostgreSQL is back after ${((Date.now() - this.#lostAt) / 1000).toFixed(1)} s`);
        this.#lostAt = null;
      }
    }
  }
}

const availability = ((globalThis as unknown as { passerelleDbAvailability?: DatabaseAvailability }).passerelleDbAvailability ??=
  new DatabaseAvailability());

export function isDatabaseUnavailable(): boolean {
  return availability.unavailable;
}

export function reportConnectionLost(): void {
  availability.connectionLost();
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
