import { createPrismaClient, type Database } from "./create-prisma-client";
import { databaseUrl } from "./database-url";

// One client per server process, shared by the proxy and the app (both run in the same Node process),
// and kept on globalThis so dev reloads do not open a new pool each time.
const globalForDb = globalThis as unknown as { passerelleDb?: Database };

export function getDb(): Database {
  return (globalForDb.passerelleDb ??= createPrismaClient({ connectionString: databaseUrl() }));
}
