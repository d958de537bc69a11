// For the tests that run the built app themselves (several instances, a database restarted under them):
// a migrated and seeded throwaway database, and `next start` processes on chosen ports.
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { loopbackRequest } from "../../scripts/loopback-http";

export interface TestDatabase {
  url: string;
  storageDir: string;
  stop(): Promise<void>;
}

const INSTANCES_AUTH_SECRET = "passerelle-e2e-instances";

/**
 * scripts/test-database.ts in its own process: a new database on `serverUrl` (an embedded cluster the
 * test owns, or DATABASE_URL's server), or a throwaway embedded cluster when absent.
 */
export async function startTestDatabase(serverUrl?: string): Promise<TestDatabase> {
  // Seeded under the instances' secret: what the seed seals (the demo administrators' second factor) opens there.
  const env: NodeJS.ProcessEnv = { ...process.env, AUTH_SECRET: INSTANCES_AUTH_SECRET };
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
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: INSTANCES_AUTH_SECRET, ...env },
  });
  const deadline = Date.now() + 60_000;
  while ((await loopbackRequest({ port, host: "127.0.0.1", path: "/api/health" }).catch(() => null))?.status !== 200) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the app on port ${port} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { port, stop: () => stopProcess(child) };
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
