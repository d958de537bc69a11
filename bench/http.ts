// The bench's server on loopback (requests through scripts/loopback-http.ts): readiness and its SQL counter.
import { loopbackRequest, type HttpAnswer } from "../scripts/loopback-http";

export interface Server {
  port: number;
  /** The tenant's hostname, sent as the Host header. */
  host: string;
}

export const get = (server: Server, path: string, cookie?: string): Promise<HttpAnswer> =>
  loopbackRequest({ port: server.port, host: server.host, path, cookie });

export async function waitForServer(server: Server): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await get(server, "/api/health")).status === 200) return;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not start");
}

/** SQL statements the server ran so far (GET /api/bench/queries, on when PASSERELLE_BENCH_QUERY_COUNT=1). */
export async function queries(server: Server): Promise<number> {
  return (JSON.parse((await get(server, "/api/bench/queries")).body) as { queries: number }).queries;
}
