import { createPrismaClient, type Database } from "./create-prisma-client";
import { databaseUrl } from "./database-url";
import { reportConnectionLost } from "./database-availability";

// One client per server process, shared by the proxy and the app (both run in the same Node process),
// and kept on globalThis so dev reloads do not open a new pool each time. Server code uses `db` from
// lib/db.ts, which creates it through sharedClient() on first use.
const globalForDb = globalThis as unknown as { passerelleDb?: Database; passerelleQueryCount?: number };

/**
 * Benchmark and statement-budget tests only (`npm run bench` sets it): count every SQL statement, read through
 * /api/bench/queries. Read when the shared client is created, so a test can switch it on before its first query.
 */
export const queryCounting = () => process.env.PASSERELLE_BENCH_QUERY_COUNT === "1";

export function sharedClient(): Database {
  return (globalForDb.passerelleDb ??= createPrismaClient({
    connectionString: databaseUrl(),
    onConnectionLost: reportConnectionLost,
    onQuery: queryCounting() ? () => void (globalForDb.passerelleQueryCount = (globalForDb.passerelleQueryCount ?? 0) + 1) : undefined,
  }));
}

/** SQL statements run since the server started (0 unless queryCounting()). */
export function queryCount(): number {
  return globalForDb.passerelleQueryCount ?? 0;
}
