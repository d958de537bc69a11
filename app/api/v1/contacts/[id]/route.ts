// /api/v1/contacts/{id}: one record of the token's organisation; see lib/api/api-operations.ts.
import { apiRoute } from "@/lib/api/define-api-route";
import { apiOperation } from "@/lib/api/api-operations";

export const GET = apiRoute(apiOperation("getContact"));
