import { z } from "zod";
import { afterId, idPathParams, listQuery, listResponse, pageOf } from "./api-schemas";
import type { ApiResource } from "./api-scopes";
import { defineApiOperation } from "./define-api-route";
import { notFoundProblem } from "./problem";

/** The `where` every read of the API starts from: the token's organisation (plus the cursor, for a list). */
interface ScopedWhere {
  organizationId: string;
  id?: string | { gt: string };
}

interface ReadableResource<R extends { id: string }, F extends z.ZodRawShape> {
  resource: ApiResource;
  /** "Company": the operations are list<Resource> and get<Singular>. */
  singular: string;
  /** For the summaries: "List <plural>", "Get <one>" ("the companies", "a company"). */
  plural: string;
  one: string;
  schema: z.ZodType;
  toDto: (row: R) => unknown;
  /** The list's filters (query parameters) and the part of the `where` they make (absent ones add nothing: definedWhere). */
  filters: F;
  filterWhere: (query: z.output<z.ZodObject<F>>) => object;
  /** The model's findMany, given a `where` that always holds the organisation. */
  findMany: (args: { where: ScopedWhere; orderBy: { id: "asc" }; take: number }) => Promise<R[]>;
}

/**
 * The list and get operations of a resource: cursor pages in id order filtered within the token's
 * organisation, and one row of it by id (any other id, of another organisation included, answers 404).
 */
export function readOperations<R extends { id: string }, F extends z.ZodRawShape>(spec: ReadableResource<R, F>) {
  const query = listQuery(spec.filters);
  return [
    defineApiOperation({
      id: `list${capitalised(spec.resource)}`,
      method: "GET",
      path: `/${spec.resource}`,
      summary: `List ${spec.plural}`,
      scope: `${spec.resource}:read`,
      query,
      response: listResponse(spec.schema),
      handler: async ({ query }, { organizationId }) => {
        const { limit, after } = query as { limit: number; after?: string };
        const rows = await spec.findMany({
          where: { ...spec.filterWhere(query as z.output<z.ZodObject<F>>), organizationId, ...afterId(after) },
          orderBy: { id: "asc" },
          take: limit + 1,
        });
        return pageOf(rows, limit, spec.toDto);
      },
    }),
    defineApiOperation({
      id: `get${spec.singular}`,
      method: "GET",
      path: `/${spec.resource}/{id}`,
      summary: `Get ${spec.one}`,
      scope: `${spec.resource}:read`,
      params: idPathParams,
      response: spec.schema,
      handler: async ({ params }, { organizationId }) => {
        const [row] = await spec.findMany({ where: { organizationId, id: params.id }, orderBy: { id: "asc" }, take: 1 });
        if (!row) throw notFoundProblem();
        return spec.toDto(row);
      },
    }),
  ];
}

const capitalised = (text: string) => text[0].toUpperCase() + text.slice(1);
