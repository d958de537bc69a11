// A throwaway, migrated and seeded database for one jest run, kept until this process is stopped.
// Prints one line `TEST_DATABASE {"databaseUrl":…,"storageDir":…}` once ready.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { runDemoSeed } from "../prisma/seed/run-demo-seed";
import { deployMigrations } from "./db/migrations";
import { createThrowawayDatabase } from "./db/throwaway-database";

async function main(): Promise<void> {
  const database = await createThrowawayDatabase({ serverUrl: process.env.DATABASE_URL });
  const storageDir = await mkdtemp(path.join(tmpdir(), "passerelle-test-storage-"));
  // Nothing else keeps this process alive when the database is on DATABASE_URL's server: it must stay
  // until it is told to drop it.
  const keepAlive = setInterval(() => {}, 60_000);
  const dispose = async () => {
    clearInterval(keepAlive);
    await database.dispose();
    await rm(storageDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on("SIGTERM", dispose);
  process.on("SIGINT", dispose);

  await deployMigrations({ databaseUrl: database.url });
  process.env.STORAGE_DIR = storageDir;
  await runDemoSeed({ databaseUrl: database.url });
  console.log(`TEST_DATABASE ${JSON.stringify({ databaseUrl: database.url, storageDir })}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
