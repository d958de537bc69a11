import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";

export interface ThrowawayDatabase {
  url: string;
  dispose(): Promise<void>;
}

/**
 * An empty database for one run: in-memory embedded PostgreSQL, or, when `serverUrl` is given, a new
 * database on that server (the one `serverUrl` names is never touched), dropped by `dispose`.
 */
export async function createThrowawayDatabase({ serverUrl }: { serverUrl?: string }): Promise<ThrowawayDatabase> {
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres();
    return { url: embedded.url, dispose: embedded.stop };
  }
  const name = `passerelle_run_${process.pid}_${Date.now().toString(36)}`;
  const runOnServer = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await runOnServer(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), dispose: () => runOnServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
