// The OpenAPI 3.1 description of /api/v1, generated from the zod schemas of lib/api (public: it describes, it holds no data).
import { publicRoute } from "@/lib/http/define-route";
import { openApiDocument } from "@/lib/api/openapi";

export const GET = publicRoute({}, async () =>
  Response.json(openApiDocument("/api/v1"), { headers: { "cache-control": "public, max-age=300" } }),
);
