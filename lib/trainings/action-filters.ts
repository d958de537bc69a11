import { z } from "zod";
import { idFilter, pageFilter, textFilter } from "../http/request-params";

export const PAGE_SIZE = 20;

const choice = <T extends string>(values: readonly [T, ...T[]], fallback: T) =>
  z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.enum(values)).catch(fallback);

/** The trainings list's filters, from the query string (anything unknown falls back to the default). */
export const actionFiltersSchema = z.object({
  period: choice(["all", "upcoming", "current", "past"], "all"),
  status: choice(["all", "SCHEDULED", "IN_PROGRESS", "COMPLETED", "CANCELLED"], "all"),
  type: choice(["all", "INTER", "INTRA"], "all"),
  q: textFilter(100),
  /** One company of the viewed set (lib/tenancy/viewed-companies.ts); any other answers not found. */
  entreprise: idFilter,
  page: pageFilter,
});

export type ActionFilters = z.output<typeof actionFiltersSchema>;

export function parseActionFilters(params: Record<string, string | string[] | undefined>): ActionFilters {
  return actionFiltersSchema.parse(params);
}
