import { z } from "zod";
import { idParam } from "../http/request-params";

// The pieces every resource of the API shares: ids, cursor pagination and the list envelope.

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const apiId = idParam.meta({ description: "An identifier (cuid)." });
export const idPathParams = z.object({ id: apiId });

/** An optional filter of the query string (a repeated parameter counts by its first value). */
export const queryFilter = <S extends z.ZodType>(schema: S) => z.preprocess(first, schema.optional());

/** ?limit (1–100, default 50) and ?after (the nextCursor of the previous page), plus the resource's filters. */
export const listQuery = <F extends z.ZodRawShape>(filters: F) =>
  z.object({
    limit: z.preprocess(first, z.coerce.number().int().min(1).max(100).default(50)),
    after: queryFilter(apiId).meta({ description: "The nextCursor of the previous page." }),
    ...filters,
  });

export const listResponse = <S extends z.ZodType>(item: S) =>
  z.object({
    data: z.array(item),
    nextCursor: apiId.nullable().meta({ description: "Pass as ?after= for the next page; null on the last." }),
  });

/** The rows of one page (fetched with take: limit + 1, ordered by id) and the cursor of the next. */
export function pageOf<T extends { id: string }, D>(
  rows: T[],
  limit: number,
  toDto: (row: T) => D,
): { data: D[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  return { data: page.map(toDto), nextCursor: rows.length > limit ? page[page.length - 1].id : null };
}

/** The cursor's part of a `where`: the ids after it (lists are in id order, fetched with take: limit + 1). */
export const afterId = (after: string | undefined) => (after ? { id: { gt: after } } : {});

/** A `where` of the filters that were given: an absent filter adds no key (an undefined key is refused by lib/db). */
export function definedWhere<T extends Record<string, unknown>>(where: T): Partial<T> {
  return Object.fromEntries(Object.entries(where).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export const iso = (date: Date | null) => (date ? date.toISOString() : null);
export const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
export const dateTime = z.iso.datetime();
export const day = z.iso.date();
