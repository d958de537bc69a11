import { notFound } from "next/navigation";
import { z } from "zod";

// The one way pages and route handlers read their dynamic segments and query strings: a zod schema
// built from these pieces. A malformed id answers "not found"; a malformed filter is ignored (its
// default applies); nothing malformed reaches a query, so bad input never ends in a 500.

/** A parameter given several times (?q=a&q=b) counts by its first value. */
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** An id as cuid() and the seed write them: letters, digits, "-" and "_", at most 40. */
export const idParam = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);

/** The secret token of a link (invitation, password reset, email change, calendar feed): base64url. */
export const tokenParam = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

/** An optional id filter (?action=…, ?entreprise=…): a malformed one means no filter. */
export const idFilter = z.preprocess(first, idParam.optional()).catch(undefined);

/** Free text (a search): control characters removed (PostgreSQL refuses a NUL byte), trimmed, cut to `max`. */
export const textFilter = (max = 100) =>
  z
    .preprocess(first, z.string().optional())
    .transform((value) =>
      (value ?? "")
        .replace(/[\u0000-\u001f\u007f]/g, " ")
        .trim()
        .slice(0, max),
    )
    .catch("");

/** An optional whole number from `min` to `max` (a year); anything else means no filter. */
export const numberFilter = (min: number, max: number) =>
  z.preprocess(first, z.coerce.number().int().min(min).max(max).optional()).catch(undefined);

/** A page number from 1 to 10 000; anything else (a letter, 99999999999999999999) is page 1. */
export const pageFilter = z.preprocess(first, z.coerce.number().int().min(1).max(10_000)).catch(1);

/** One of `values`, or no filter for anything else (an unknown status, "100"). */
export const enumFilter = <T extends string>(values: readonly [T, ...T[]]) =>
  z.preprocess(first, z.enum(values).optional()).catch(undefined);

/** A list's order (`ordre`): ascending or descending. */
export type SortDirection = "asc" | "desc";

/** A list's sort column (`tri`): one of the list's sortable columns, else its default. */
export const sortFilter = <T extends string>(columns: readonly [T, ...T[]], fallback: T) =>
  z.preprocess(first, z.enum(columns)).catch(fallback);

/** A list's order (`ordre`): "asc" or "desc", else the list's default for its column. */
export const directionFilter = enumFilter(["asc", "desc"] as const);

/** "1" means on; anything else off. */
export const flagFilter = z.preprocess(first, z.string().optional()).transform((value) => value === "1");

/** The page's dynamic segments through `schema`; a malformed one answers not found. */
export async function pageParams<S extends z.ZodType>(params: Promise<unknown>, schema: S): Promise<z.output<S>> {
  const parsed = schema.safeParse(await params);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** The page's query string through `schema` (built of the filters above, which never fail). */
export async function pageQuery<S extends z.ZodType>(searchParams: Promise<unknown>, schema: S): Promise<z.output<S>> {
  const parsed = schema.safeParse(await searchParams);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** A URL's query string as pages receive it: a repeated parameter becomes an array. */
export function searchParamsRecord(url: URL): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    record[key] = values.length > 1 ? values : values[0]!;
  }
  return record;
}
