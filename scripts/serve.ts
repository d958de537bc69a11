import { spawn } from "node:child_process";
import { formatDemoAccess } from "../prisma/seed/demo-access-table";
import { runDemoSeed } from "../prisma/seed/run-demo-seed";
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

/** Migrates, seeds the demo once, builds when the sources changed, then serves until stopped. */
export async function serve({ databaseUrl, port, dev = false, seed = true, onExit }: ServeOptions): Promise<void> {
  const { applied } = await deployMigrations({ databaseUrl });
  if (applied.length) console.log(`▸ Applied ${applied.length} migration(s)`);
  if (seed) await runDemoSeed({ databaseUrl });
  if (!dev) ensureBuild();

  const server = spawn("node_modules/.bin/next", [dev ? "dev" : "start", "-p", String(port)], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: authSecret() },
  });
  server.once("spawn", () => console.log(`\n${formatDemoAccess(port)}\n`));
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", async (code) => {
    await onExit?.();
    process.exit(code ?? 0);
  });
}

/** Production must set AUTH_SECRET (NODE_ENV=production refuses to start without it); demos use a fixed one. */
function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (process.env.NODE_ENV === "production") throw new Error("AUTH_SECRET must be set in production");
  console.warn("▸ AUTH_SECRET is not set: using the demo secret (never do this in production)");
  return "passerelle-demo-secret-not-for-production";
}
