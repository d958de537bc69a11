// `npm run bench`: serves the BUILT app against the large tenant (bench/generate.ts), logs in as the big
// company's contact and loads each extranet page with autocannon, beside a static file of the same server.
// Prints per page: p50, p99, requests/s and SQL queries per request. Loopback only, bounded in time
// (BENCH_SECONDS per page, default 5; BENCH_CONNECTIONS, default 10).
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import os from "node:os";
import autocannon from "autocannon";
import { DEMO_HOSTS, DEMO_LOGINS, DEMO_PASSWORD } from "../prisma/seed/demo-accounts";
import { deployMigrations } from "../scripts/db/migrations";
import { ensureBuild } from "../scripts/ensure-build";
import { BENCH_IDS, benchDatabaseUrl } from "./bench-config";

const PORT = Number(process.env.BENCH_PORT ?? process.env.PORT ?? 3003);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const HOST = `${DEMO_HOSTS.formapro}:${PORT}`;
const ORIGIN = `http://127.0.0.1:${PORT}`;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request to the server on loopback with the tenant's Host header (Node cannot resolve *.localhost by itself). */
function request(
  path: string,
  { method = "GET", cookie = "", body }: { method?: string; cookie?: string; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${ORIGIN}${path}`,
      {
        method,
        headers: {
          host: HOST,
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

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await request("/api/health")).status === 200) return;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not start");
}

/** Auth.js' own credentials flow: CSRF token, then the callback that sets the session cookie. */
async function logIn(): Promise<string> {
  const csrf = await request("/api/auth/csrf");
  const csrfCookies = cookiesOf(csrf);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email: DEMO_LOGINS.groupeMartinContact.email, password: DEMO_PASSWORD, callbackUrl: "/" });
  const reply = await request("/api/auth/callback/credentials", { method: "POST", cookie: csrfCookies.join("; "), body: form.toString() });
  const session = cookiesOf(reply).find((cookie) => cookie.startsWith("authjs.session-token="));
  if (!session) throw new Error(`login failed (${reply.status} ${reply.headers.location ?? ""})`);
  return session;
}

async function queries(): Promise<number> {
  return (JSON.parse((await request("/api/bench/queries")).body) as { queries: number }).queries;
}

interface Row {
  page: string;
  status: number;
  sqlPerRequest: number | string;
  p50: number;
  p99: number;
  rps: number;
  non2xx: number;
}

/** Waits until the previous load's in-flight requests have finished (the counter stops moving). */
async function settle(): Promise<void> {
  let last = await queries();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 400));
    const now = await queries();
    if (now === last) return;
    last = now;
  }
}

async function measure(page: string, path: string, cookie: string): Promise<Row> {
  // One request alone gives the exact number of SQL statements it runs (nothing else is in flight);
  // the site lookup is cached by the proxy, so the counter reads only the page's own statements.
  await settle();
  await request(path, { cookie });
  const before = await queries();
  const solo = await request(path, { cookie });
  const sqlPerRequest = (await queries()) - before;
  const result = await autocannon({
    url: `${ORIGIN}${path}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { host: HOST, cookie },
  });
  return {
    page,
    status: solo.status,
    sqlPerRequest,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
    non2xx: result.non2xx,
  };
}

async function main(): Promise<void> {
  // A bench database generated before the latest migrations is brought up to date, as `npm start` would.
  await deployMigrations({ databaseUrl: benchDatabaseUrl() });
  ensureBuild();
  // No `-H 127.0.0.1`: with a bind hostname, Next 16 runs proxy.ts again on the rewritten /s/<host>/… URL,
  // which the proxy refuses (every page answers 404). The load generator still talks over loopback only.
  const server: ChildProcess = spawn("node_modules/.bin/next", ["start", "-p", String(PORT)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: benchDatabaseUrl(),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: process.env.AUTH_SECRET ?? "passerelle-bench-secret-not-for-production",
      PASSERELLE_BENCH_QUERY_COUNT: "1",
    },
  });
  try {
    await waitForServer();
    const cookie = await logIn();
    const month = new Date();
    const start = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 1)).toISOString();
    const end = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1)).toISOString();
    const pages: [string, string][] = [
      ["static file (baseline)", "/demo/logos/formapro.svg"],
      ["/ (dashboard)", "/"],
      ["/formations", "/formations"],
      ["/formations?period=past&page=40", "/formations?period=past&page=40"],
      ["/formations?q=Excel", "/formations?q=Excel"],
      ["/formations/[id]", `/formations/${BENCH_IDS.action}`],
      ["/calendrier", "/calendrier"],
      ["/calendrier/evenements (month)", `/calendrier/evenements?start=${encodeURIComponent(start)}&end=${encodeURIComponent(end)}`],
      ["/participants", "/participants"],
      ["/participants?page=150", "/participants?page=150"],
      ["/participants/[id]", `/participants/${BENCH_IDS.participant}`],
      ["/factures", "/factures"],
      ["/factures?status=OVERDUE", "/factures?status=OVERDUE"],
      ["/factures/[id]/pdf", `/factures/${BENCH_IDS.invoice}/pdf`],
    ];
    const rows: Row[] = [];
    for (const [page, path] of pages) {
      const row = await measure(page, path, page.startsWith("static") ? "" : cookie);
      rows.push(row);
      console.error(`  measured ${page}`);
    }
    const baseline = rows[0].rps;
    const table = [
      `| page | status | SQL/request | p50 (ms) | p99 (ms) | req/s | vs static |`,
      `|---|---|---|---|---|---|---|`,
      ...rows.map(
        (row) =>
          `| ${row.page} | ${row.status} | ${row.sqlPerRequest} | ${row.p50} | ${row.p99} | ${row.rps} | ${(row.rps / baseline).toFixed(2)} |`,
      ),
    ];
    console.log(
      `\n${CONNECTIONS} connections, ${SECONDS} s per page, contact ${DEMO_LOGINS.groupeMartinContact.email} (big company), ${new Date().toISOString()}, load average ${os
        .loadavg()
        .map((load) => load.toFixed(1))
        .join(" / ")} on ${os.cpus().length} cores\n`,
    );
    console.log(table.join("\n"));
    const failed = rows.filter((row) => row.status !== 200 || row.non2xx > 0);
    if (failed.length)
      console.log(`\n⚠ non-2xx answers on: ${failed.map((row) => `${row.page} (${row.status}, ${row.non2xx})`).join(", ")}`);
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
