/** One field an API request got wrong: its path in the body or query string ("companyId", "lines.0.label"), and why. */
export interface ProblemField {
  field: string;
  detail: string;
}

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
};

/**
 * An RFC 9457 problem details answer (application/problem+json). `type` names the kind of problem
 * (documented in the OpenAPI description), `errors` the fields at fault.
 */
export function problem(
  status: number,
  code: string,
  detail: string,
  { errors, headers }: { errors?: ProblemField[]; headers?: Record<string, string> } = {},
): Response {
  return new Response(
    JSON.stringify({ type: `/api/v1/problems/${code}`, title: TITLES[status] ?? "Error", status, detail, ...(errors && { errors }) }),
    {
      status,
      headers: { "content-type": "application/problem+json", "cache-control": "no-store", ...headers },
    },
  );
}

/** Thrown by an API handler: becomes the problem answer. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
    readonly errors?: ProblemField[],
  ) {
    super(detail);
  }
}

/** Another organisation's id, an unknown one or a malformed one: the same answer, whatever the path or body. */
export const notFoundProblem = (field?: string) =>
  new ApiProblem(404, "not-found", field ? `No such ${field}.` : "No such resource.", field ? [{ field, detail: "not found" }] : undefined);
