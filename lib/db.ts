import "server-only";
import { sharedClient } from "./db/client";
import type { Database } from "./db/create-prisma-client";

export type { Database, TransactionClient } from "./db/create-prisma-client";

/**
 * The one way server code reaches the database: `import { db } from "@/lib/db"`. Created on first use
 * rather than at import, so `next build` needs no database and one build runs against any DATABASE_URL.
 */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const client = sharedClient();
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
