// `npm start`: the product on its embedded default, or on the PostgreSQL server DATABASE_URL names.
// Starts the embedded database if needed, migrates, seeds the demo data once, builds when the sources
// changed, then serves with `next start` until stopped.
import { spawn } from "node:child_process";
import { startEmbeddedPostgres } from "./db/embedded-postgres";
import { deployMigrations } from "./db/migrations";
import { ensureBuild } from "./ensure-build";
import { printDemoAccess } from "./print-demo-access";
import { seedDemoDatabase } from "./seed-demo-database";

const PORT = Number(process.env.PORT ?? 3000);
// "memory" gives a throwaway database (the browser tests use it); otherwise data persists here.
const EMBEDDED_DATA_DIR = process.env.PASSERELLE_EMBEDDED_DATA ?? ".data/pglite";

async function main(): Promise<void> {
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR === "memory" ? undefined : EMBEDDED_DATA_DIR, port: Number(process.env.PASSERELLE_DB_PORT ?? 0) });
  const databaseUrl = process.env.DATABASE_URL ?? embedded!.url;
  console.log(embedded ? `▸ Embedded PostgreSQL (PGlite) on ${databaseUrl}` : "▸ Using the PostgreSQL server of DATABASE_URL");

  const { applied } = await deployMigrations({ databaseUrl });
  if (applied.length) console.log(`▸ Applied ${applied.length} migration(s)`);
  if (process.env.PASSERELLE_SEED !== "0") await seedDemoDatabase({ databaseUrl });
  ensureBuild();

  const server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT)], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: authSecret() },
  });
  printDemoAccess(PORT);

  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", async (code) => {
    await embedded?.stop();
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

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
