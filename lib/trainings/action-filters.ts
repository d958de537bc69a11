import { z } from "zod";
import { directionFilter, idFilter, pageFilter, sortFilter, textFilter } from "../http/request-params";

export const PAGE_SIZE = 20;

/** The trainings list's sortable columns (`tri`). */
export const ACTION_SORTS = ["startDate", "title", "number"] as const;

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
  tri: sortFilter(ACTION_SORTS, "startDate"),
  /** Without it: the past (and everything) newest first, what is to come soonest first. */
  ordre: directionFilter,
  page: pageFilter,
});

export type ActionFilters = z.output<typeof actionFiltersSchema>;

/** The order the list shows: the one asked for, else the period's natural one. */
export function actionSortDirection(filters: Pick<ActionFilters, "period" | "tri" | "ordre">): "asc" | "desc" {
  if (filters.ordre) return filters.ordre;
  return filters.tri === "startDate" && (filters.period === "past" || filters.period === "all") ? "desc" : "asc";
}

export function parseActionFilters(params: Record<string, string | string[] | undefined>): ActionFilters {
  return actionFiltersSchema.parse(params);
}
