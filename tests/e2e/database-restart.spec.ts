// PostgreSQL stopped and started again under load. While it is down the app answers its branded 503
// page (French, no stack trace); it recovers by itself within 5 s of the server coming back; and no
// write it acknowledged, before or after, is missing. The cluster is this test's own embedded one,
// whatever DATABASE_URL says: the shared server is never restarted.
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../scripts/db/embedded-postgres";
import { cookiesOf, loopbackRequest } from "../../scripts/loopback-http";
import { startAppInstance, startTestDatabase, type AppInstance, type TestDatabase } from "../support/app-instances";
import { E2E_PORT } from "../../playwright.config";
import { DEMO_HOSTS, expect, test } from "./fixtures";

const PORT = E2E_PORT + 21;
const HOST = DEMO_HOSTS.formapro;
const CLIENTS = 8;

interface Outcome {
  startedAt: number;
  endedAt: number;
  status: number | "socket-error";
  kind: "page" | "login";
  branded503: boolean;
  /** The email of a failed login the app acknowledged (its failure is written to the audit log). */
  acknowledgedEmail?: string;
}

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.describe("the database restarted under load", () => {
  let cluster: EmbeddedPostgres;
  let database: TestDatabase;
  let app: AppInstance;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    cluster = await startEmbeddedPostgres();
    database = await startTestDatabase(cluster.url);
    app = await startAppInstance({ port: PORT, env: { DATABASE_URL: database.url, STORAGE_DIR: database.storageDir } });
  });

  test.afterAll(async () => {
    await app?.stop();
    await database?.stop();
    await cluster?.close();
  });

  test("answers 503 while it is down, recovers within 5 s, loses no acknowledged write", async () => {
    const outcomes: Outcome[] = [];
    let running = true;
    let sequence = 0;

    const page = async (): Promise<Omit<Outcome, "startedAt" | "endedAt">> => {
      const answer = await loopbackRequest({ port: PORT, host: HOST, path: "/login" });
      return { status: answer.status, kind: "page", branded503: isBranded503(answer.status, answer.body) };
    };
    const failedLogin = async (client: number): Promise<Omit<Outcome, "startedAt" | "endedAt">> => {
      const email = `restart-${client}-${sequence++}@exemple.test`;
      const csrf = await loopbackRequest({ port: PORT, host: HOST, path: "/api/auth/csrf" });
      if (csrf.status !== 200) return { status: csrf.status, kind: "login", branded503: csrf.status === 503 };
      const answer = await loopbackRequest({
        port: PORT,
        host: HOST,
        path: "/api/auth/callback/credentials",
        method: "POST",
        cookie: cookiesOf(csrf),
        form: { csrfToken: (JSON.parse(csrf.body) as { csrfToken: string }).csrfToken, email, password: "pas-le-bon-mot-de-passe" },
      });
      const refusedLogin = answer.status === 302 && /error=CredentialsSignin/.test(String(answer.headers.location));
      return { status: answer.status, kind: "login", branded503: answer.status === 503, ...(refusedLogin && { acknowledgedEmail: email }) };
    };

    const load = Array.from({ length: CLIENTS }, async (_, client) => {
      while (running) {
        const startedAt = Date.now();
        const outcome = await (client % 2 ? page() : failedLogin(client)).catch(() => ({
          status: "socket-error" as const,
          kind: "page" as const,
          branded503: false,
        }));
        outcomes.push({ ...outcome, startedAt, endedAt: Date.now() });
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });

    // Load first (the first pages of a fresh server are slow on a busy machine), then stop the server.
    const warm = Date.now() + 30_000;
    while (outcomes.filter((outcome) => outcome.status === 200).length < 20 && Date.now() < warm)
      await new Promise((resolve) => setTimeout(resolve, 100));
    // A request still running while the server shuts down may rightly answer 503: "before" ends earlier.
    const stoppingAt = Date.now();
    await cluster.stop();
    const stoppedAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await cluster.start();
    const restartedAt = Date.now();
    // Keep the load on for 5 s, then until the server has recovered and enough requests have run on it.
    const settled = () =>
      outcomes.some((outcome) => outcome.startedAt > restartedAt && outcome.status === 200) &&
      outcomes.filter((outcome) => outcome.startedAt > restartedAt + 5_000).length >= 20;
    for (const end = restartedAt + 40_000; Date.now() < end && (Date.now() < restartedAt + 5_000 || !settled());) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    running = false;
    await Promise.all(load);

    const before = outcomes.filter((outcome) => outcome.endedAt < stoppingAt);
    const down = outcomes.filter((outcome) => outcome.startedAt > stoppedAt + 500 && outcome.endedAt < restartedAt);
    const recovered = outcomes.filter((outcome) => outcome.startedAt > restartedAt && outcome.status === 200);
    const recoveryMs = recovered.length ? Math.min(...recovered.map((outcome) => outcome.endedAt)) - restartedAt : Infinity;
    const after = outcomes.filter((outcome) => outcome.startedAt > restartedAt + 5_000);
    console.log(
      `restart: ${outcomes.length} requests; before ${before.length}, while down ${down.length} (${down.filter((o) => o.branded503).length} branded 503), ` +
        `first 200 ${recoveryMs} ms after the restart; statuses: ${JSON.stringify(countBy(outcomes.map((o) => String(o.status))))}`,
    );

    expect(before.length).toBeGreaterThan(10);
    expect(before.filter((outcome) => outcome.status !== 200 && outcome.status !== 302)).toEqual([]);
    expect(down.length).toBeGreaterThan(5);
    expect(down.filter((outcome) => !outcome.branded503)).toEqual([]);
    expect(recoveryMs).toBeLessThanOrEqual(5_000);
    expect(after.length).toBeGreaterThan(10);
    expect(after.filter((outcome) => outcome.status !== 200 && outcome.status !== 302)).toEqual([]);
    // Nothing answered a bare 500 or dropped a socket, even at the moment the server went away.
    expect(
      outcomes.filter(
        (outcome) =>
          outcome.status === "socket-error" || (typeof outcome.status === "number" && outcome.status >= 500 && !outcome.branded503),
      ),
    ).toEqual([]);

    const acknowledged = outcomes.flatMap((outcome) => (outcome.acknowledgedEmail ? [outcome.acknowledgedEmail] : []));
    expect(acknowledged.length).toBeGreaterThan(10);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ email: string }>(
      `SELECT "targetId" AS email FROM "AuditEvent" WHERE action IN ('auth.login_failed', 'auth.login_rate_limited') AND "targetId" = ANY($1)`,
      [acknowledged],
    );
    await client.end();
    expect(new Set(rows.map((row) => row.email))).toEqual(new Set(acknowledged));
  });

  test("the health check says whether the database answers", async () => {
    expect((await loopbackRequest({ port: PORT, host: "127.0.0.1", path: "/api/health" })).status).toBe(200);
    await cluster.stop();
    const down = await loopbackRequest({ port: PORT, host: "127.0.0.1", path: "/api/health" });
    expect(down.status).toBe(503);
    expect(JSON.parse(down.body)).toEqual({ status: "unavailable", database: "down" });
    await cluster.start();
  });
});

function isBranded503(status: number, body: string): boolean {
  return status === 503 && body.includes("Service momentanément indisponible") && body.includes('lang="fr"') && !/at \S+ \(/.test(body);
}

function countBy(values: string[]): Record<string, number> {
  return values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});
}
