import { companyOperations } from "./resources/companies";
import { peopleOperations } from "./resources/people";
import { recordOperations } from "./resources/records";
import { trainingOperations } from "./resources/training";

/** Every operation of /api/v1, in the order the reference lists them: routes and openapi.json read this list. */
export const API_OPERATIONS = [...companyOperations, ...peopleOperations, ...trainingOperations, ...recordOperations];

/** The operation named `id` (a route file names its operations; a typo fails at start-up, not at a request). */
export function apiOperation(id: string) {
  const operation = API_OPERATIONS.find((candidate) => candidate.id === id);
  if (!operation) throw new Error(`no API operation ${id}`);
  return operation;
}
