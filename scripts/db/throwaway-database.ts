import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";

export interface ThrowawayDatabase {
  url: string;
  /** The embedded cluster behind it, when there is one (restart tests stop and start it). */
  embedded: EmbeddedPostgres | null;
  dispose(): Promise<void>;
}

/**
 * An empty database for one run: a throwaway embedded PostgreSQL cluster, or, when `serverUrl` is given,
 * a new database on that server (the one `serverUrl` names is never touched), dropped by `dispose`.
 */
export async function createThrowawayDatabase({ serverUrl }: { serverUrl?: string }): Promise<ThrowawayDatabase> {
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres();
    return { url: embedded.url, embedded, dispose: embedded.close };
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
  // ICU's root collation, as the embedded cluster's initdb sets it: French names sort the same on both
  // (É with E). A server without ICU or older than PostgreSQL 15 gets its default collation.
  await runOnServer(`CREATE DATABASE "${name}" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'und' LOCALE 'C'`).catch(() =>
    runOnServer(`CREATE DATABASE "${name}"`),
  );
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), embedded: null, dispose: () => runOnServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
