import { Prisma } from "../generated/prisma/client";

const MANY_ROW_WRITES = new Set(["updateMany", "updateManyAndReturn", "deleteMany"]);

export class UnboundedQueryError extends Error {
  constructor(model: string, operation: string, reason: string) {
    super(`Refused ${model}.${operation}: ${reason}`);
    this.name = "UnboundedQueryError";
  }
}

function undefinedKeys(where: Record<string, unknown>): string[] {
  return Object.keys(where).filter((key) => where[key] === undefined);
}

/**
 * Tenancy rule 4: an `undefined` in a `where` silently drops the condition in Prisma and widens the query
 * (`{ companyId: undefined }` matches every company). Refuse such queries, and refuse many-row writes
 * without a condition, before they reach the database.
 */
export const refuseUnboundedQueries = Prisma.defineExtension({
  name: "refuse-unbounded-queries",
  query: {
    $allModels: {
      async $allOperations({ model, operation, args, query }) {
        const where = (args as { where?: Record<string, unknown> } | undefined)?.where;
        if (where) {
          const missing = undefinedKeys(where);
          if (missing.length > 0) {
            throw new UnboundedQueryError(model, operation, `undefined value for ${missing.join(", ")} in where`);
          }
        }
        if (MANY_ROW_WRITES.has(operation) && (!where || Object.keys(where).length === 0)) {
          throw new UnboundedQueryError(model, operation, "a many-row write needs a non-empty where");
        }
        return query(args);
      },
    },
  },
});
