// The job queue's tables (graphile-worker's own schema, `graphile_worker`, next to Prisma's `public`):
// installed and upgraded with the migrations, so a job can be queued before any worker has started.
import { Logger, runMigrations } from "graphile-worker";
import pg from "pg";

const quiet = new Logger(() => (level, message) => {
  if (level === "error") console.error(`[jobs] ${message}`);
});

export async function migrateJobQueue(databaseUrl: string): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, logger: quiet });
}

export async function dropJobQueue(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS graphile_worker CASCADE");
  } finally {
    await client.end();
  }
}
