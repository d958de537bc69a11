import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "../generated/prisma/client";
import { refuseUnboundedQueries } from "./refuse-unbounded-queries";

export interface CreatePrismaClientOptions {
  connectionString: string;
  /** Pool size; the embedded database serves a handful of connections. */
  max?: number;
  /** Called with each SQL statement; the benchmark counts queries per request with it. */
  onQuery?: (sql: string) => void;
}

export function createPrismaClient({ connectionString, max = 10, onQuery }: CreatePrismaClientOptions) {
  const adapter = new PrismaPg({ connectionString, max });
  const client = new PrismaClient({ adapter, log: onQuery ? [{ emit: "event", level: "query" }] : [] });
  if (onQuery) client.$on("query" as never, (event: Prisma.QueryEvent) => onQuery(event.query));
  return client.$extends(refuseUnboundedQueries);
}

export type Database = ReturnType<typeof createPrismaClient>;
export type TransactionClient = Parameters<Parameters<Database["$transaction"]>[0]>[0];
