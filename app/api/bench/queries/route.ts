import { queryCounting, queryCount } from "@/lib/db/client";
import { notFoundResponse, publicRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

// Benchmark only: the number of SQL statements this server ran so far. Off (404) unless the server was
// started with PASSERELLE_BENCH_QUERY_COUNT=1, which `npm run bench` does on loopback.
export const GET = publicRoute({}, async () => {
  if (!queryCounting()) return notFoundResponse();
  return Response.json({ queries: queryCount() }, { headers: { "cache-control": "no-store" } });
});
