// For the tests that run the built app themselves (several instances, a database restarted under them):
// a migrated and seeded throwaway database, and `next start` processes on chosen ports.
import { spawn, type ChildProcess } from "node:child_process";
import { request as httpRequest } from "node:http";
import { createInterface } from "node:readline";

export interface TestDatabase {
  url: string;
  storageDir: string;
  stop(): Promise<void>;
}

/**
 * scripts/test-database.ts in its own process: a new database on `serverUrl` (an embedded cluster the
 * test owns, or DATABASE_URL's server), or a throwaway embedded cluster when absent.
 */
export async function startTestDatabase(serverUrl?: string): Promise<TestDatabase> {
  const env = { ...process.env };
  if (serverUrl) env.DATABASE_URL = serverUrl;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/test-database.ts"], { stdio: ["ignore", "pipe", "inherit"], env });
  const ready = await new Promise<{ databaseUrl: string; storageDir: string }>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`test database exited with code ${code}`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (line.startsWith("TEST_DATABASE ")) resolve(JSON.parse(line.slice("TEST_DATABASE ".length)));
    });
  });
  return { url: ready.databaseUrl, storageDir: ready.storageDir, stop: () => stopProcess(child) };
}

export interface AppInstance {
  port: number;
  stop(): Promise<void>;
}

/** The built app (`next start`) on `port`, ready once /api/health answers. */
export async function startAppInstance({ port, env }: { port: number; env: Record<string, string> }): Promise<AppInstance> {
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: "passerelle-e2e-instances", ...env },
  });
  const deadline = Date.now() + 60_000;
  while ((await get({ port, host: "127.0.0.1", path: "/api/health" }).catch(() => null))?.status !== 200) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the app on port ${port} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { port, stop: () => stopProcess(child) };
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request to 127.0.0.1 with any Host header (Node's fetch forbids setting it). */
export function get(options: { port: number; host: string; path: string; cookie?: string }): Promise<HttpAnswer> {
  return send({ ...options, method: "GET" });
}

export function send({
  port,
  host,
  path,
  method,
  cookie,
  form,
  timeoutMs = 15_000,
}: {
  port: number;
  host: string;
  path: string;
  method: string;
  cookie?: string;
  form?: Record<string, string>;
  timeoutMs?: number;
}): Promise<HttpAnswer> {
  const body = form ? new URLSearchParams(form).toString() : undefined;
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: "127.0.0.1",
        port,
        path,
        method,
        timeout: timeoutMs,
        headers: {
          host: `${host}:${port}`,
          ...(cookie && { cookie }),
          ...(body && { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body) }),
        },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", reject);
    request.end(body);
  });
}

/** The cookies a response sets, as a Cookie header. */
export function cookiesOf(answer: HttpAnswer): string {
  const setCookie = answer.headers["set-cookie"] ?? [];
  return (Array.isArray(setCookie) ? setCookie : [setCookie]).map((cookie) => cookie.split(";")[0]).join("; ");
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
