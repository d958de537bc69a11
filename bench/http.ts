// Requests to the bench's server on loopback with a tenant's Host header (Node cannot resolve *.localhost
// by itself), and Auth.js' own credentials flow to get a session cookie.
import http from "node:http";
import { DEMO_PASSWORD } from "../prisma/seed/demo-accounts";

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface Server {
  origin: string;
  host: string;
}

export function request(
  server: Server,
  path: string,
  { method = "GET", cookie = "", body }: { method?: string; cookie?: string; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${server.origin}${path}`,
      {
        method,
        headers: {
          host: server.host,
          cookie,
          ...(body ? { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body) } : {}),
        },
      },
      (res) => {
        let data = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (data += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
      },
    );
    req.on("error", reject);
    if (body) req.write(body);
    req.end();
  });
}

const cookiesOf = (reply: Reply) => (reply.headers["set-cookie"] ?? []).map((cookie) => cookie.split(";")[0]);

export async function waitForServer(server: Server): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await request(server, "/api/health")).status === 200) return;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not start");
}

/** Auth.js' credentials flow: CSRF token, then the callback that sets the session cookie. */
export async function logIn(server: Server, email: string, deviceCookie = ""): Promise<string> {
  const csrf = await request(server, "/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, callbackUrl: "/" });
  const reply = await request(server, "/api/auth/callback/credentials", {
    method: "POST",
    cookie: [...cookiesOf(csrf), deviceCookie].filter(Boolean).join("; "),
    body: form.toString(),
  });
  const session = cookiesOf(reply).find((cookie) => cookie.startsWith("authjs.session-token="));
  if (!session) throw new Error(`login of ${email} failed (${reply.status} ${reply.headers.location ?? ""})`);
  return session;
}

/** SQL statements the server ran so far (GET /api/bench/queries, on when PASSERELLE_BENCH_QUERY_COUNT=1). */
export async function queries(server: Server): Promise<number> {
  return (JSON.parse((await request(server, "/api/bench/queries")).body) as { queries: number }).queries;
}
