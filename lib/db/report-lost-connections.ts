import { Prisma } from "../generated/prisma/client";

/** Hands every failed query's error to `onError` (which looks for a lost connection), then rethrows it. */
export function reportLostConnections(onError: (error: unknown) => void) {
  return Prisma.defineExtension({
    name: "report-lost-connections",
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          onError(error);
          throw error;
        }
      },
    },
  });
}
