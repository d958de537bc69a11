import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "../generated/prisma/client";
import { isConnectionLost } from "./is-connection-lost";
import { refuseUnboundedQueries } from "./refuse-unbounded-queries";
import { reportLostConnections } from "./report-lost-connections";

export interface CreatePrismaClientOptions {
  connectionString: string;
  /** Pool size. */
  max?: number;
  /** Called when a connection to the server is lost or refused (the server stopped, restarted, unreachable). */
  onConnectionLost?: (error: unknown) => void;
  /** Called with each SQL statement; the benchmark counts queries per request with it. */
  onQuery?: (sql: string) => void;
}

// A request waits at most this long for a connection: with the server down it fails fast instead of
// piling up, and the pool keeps no dead connection (node-pg drops a client whose socket failed).
const CONNECTION_TIMEOUT_MS = 5_000;

export function createPrismaClient({ connectionString, max = 10, onConnectionLost, onQuery }: CreatePrismaClientOptions) {
  const onError = (error: unknown) => {
    if (isConnectionLost(error)) onConnectionLost?.(error);
  };
  const adapter = new PrismaPg(
    { connectionString, max, connectionTimeoutMillis: CONNECTION_TIMEOUT_MS, keepAlive: true },
    { onPoolError: onError, onConnectionError: onError },
  );
  const client = new PrismaClient({ adapter, log: onQuery ? [{ emit: "event", level: "query" }] : [] });
  if (onQuery) client.$on("query" as never, (event: Prisma.QueryEvent) => onQuery(event.query));
  return client.$extends(refuseUnboundedQueries).$extends(reportLostConnections(onError));
}

export type Database = ReturnType<typeof createPrismaClient>;
export type TransactionClient = Parameters<Parameters<Database["$transaction"]>[0]>[0];
