// /api/v1/tickets: the list (and creation where the API writes it); see lib/api/api-operations.ts.
import { apiRoute } from "@/lib/api/define-api-route";
import { apiOperation } from "@/lib/api/api-operations";

export const GET = apiRoute(apiOperation("listTickets"));
