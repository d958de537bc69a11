/**
 * Seeds the demo data: `npm run seed [-- --now=2026-03-16T10:00:00+01:00]` with DATABASE_URL set.
 * Files go to the configured storage (STORAGE_DIR, by default .data/storage). Running it again changes
 * nothing. Prints the demo hosts and logins.
 */
import { databaseUrl } from "../lib/db/database-url";
import { formatDemoAccess } from "./seed/demo-access-table";
import { runDemoSeed } from "./seed/run-demo-seed";

function parseNow(argv: string[]): Date {
  const flag = argv.find((arg) => arg.startsWith("--now="));
  if (!flag) return new Date();
  const now = new Date(flag.slice("--now=".length));
  if (Number.isNaN(now.getTime())) throw new Error(`Invalid --now: ${flag}`);
  return now;
}

runDemoSeed({ databaseUrl: databaseUrl(), now: parseNow(process.argv.slice(2)) })
  .then(() => console.log(`\n${formatDemoAccess(process.env.PORT ?? 3000)}`))
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
