import "server-only";
import { createPrismaClient, type Database } from "./db/create-prisma-client";
import { databaseUrl } from "./db/database-url";

// One client per server process; kept on globalThis so dev reloads do not open a pool each time.
const globalForDb = globalThis as unknown as { passerelleDb?: Database };

export const db: Database =
  globalForDb.passerelleDb ?? (globalForDb.passerelleDb = createPrismaClient({ connectionString: databaseUrl() }));
