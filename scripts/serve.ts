import { spawn, type ChildProcess } from "node:child_process";
import { formatDemoAccess } from "../prisma/seed/demo-access-table";
import { runDemoSeed } from "../prisma/seed/run-demo-seed";
import { authSecret } from "./auth-secret";
import { deployMigrations } from "./db/migrations";
import { ensureBuild } from "./ensure-build";

export interface ServeOptions {
  databaseUrl: string;
  port: number;
  /** `next dev` (hot reload) instead of building and `next start`. */
  dev?: boolean;
  seed?: boolean;
  /** Runs once the server has exited, before this process does. */
  onExit?: () => Promise<void>;
}

/**
 * Migrates, seeds the demo once, builds when the sources changed, then serves until stopped. Ctrl-C or
 * SIGTERM stops Next first (its background work, then its requests), then `onExit` (the embedded server).
 */
export async function serve({ databaseUrl, port, dev = false, seed = true, onExit }: ServeOptions): Promise<void> {
  let server: ChildProcess | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await onExit?.();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(130));
  process.on("SIGTERM", () => void stop(143));

  const { applied } = await deployMigrations({ databaseUrl });
  if (applied.length) console.log(`▸ Applied ${applied.length} migration(s)`);
  if (seed) await runDemoSeed({ databaseUrl });
  if (!dev) ensureBuild();
  if (stopping) return;

  server = spawn("node_modules/.bin/next", [dev ? "dev" : "start", "-p", String(port)], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: authSecret() },
  });
  server.once("spawn", () => console.log(`\n${formatDemoAccess(port)}\n`));
  server.once("exit", (code) => void stop(code ?? 0));
}
