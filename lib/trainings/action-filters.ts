import { z } from "zod";

export const PAGE_SIZE = 20;

/** The trainings list's filters, from the query string (anything unknown falls back to the default). */
export const actionFiltersSchema = z.object({
  period: z.enum(["all", "upcoming", "current", "past"]).catch("all"),
  status: z.enum(["all", "SCHEDULED", "IN_PROGRESS", "COMPLETED", "CANCELLED"]).catch("all"),
  type: z.enum(["all", "INTER", "INTRA"]).catch("all"),
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type ActionFilters = z.output<typeof actionFiltersSchema>;

export function parseActionFilters(params: Record<string, string | string[] | undefined>): ActionFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return actionFiltersSchema.parse({
    period: flat.period ?? "all",
    status: flat.status ?? "all",
    type: flat.type ?? "all",
    q: flat.q ?? "",
    page: flat.page ?? 1,
  });
}
