import { answers } from "@/lib/db/database-availability";
import { publicRoute } from "@/lib/http/define-route";
import { RETRY_AFTER_SECONDS } from "@/lib/server/service-unavailable";

export const dynamic = "force-dynamic";

// Answers on any host (proxy.ts lets it through) so load balancers and the test runner can probe it:
// 200 when this instance reaches its database, 503 when it does not.
export const GET = publicRoute({}, async () => {
  const up = await answers();
  return Response.json(
    { status: up ? "ok" : "unavailable", database: up ? "up" : "down" },
    { status: up ? 200 : 503, headers: { "cache-control": "no-store", ...(!up && { "retry-after": String(RETRY_AFTER_SECONDS) }) } },
  );
});
