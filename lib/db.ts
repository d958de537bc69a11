import "server-only";
import { getDb } from "./db/client";
import type { Database } from "./db/create-prisma-client";

/**
 * The data access layer's client; only server code may import it. Created on first use rather than at
 * import, so `next build` needs no database and one build runs against any DATABASE_URL.
 */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
