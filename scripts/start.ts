// `npm start` (and `npm run dev`): the product on its embedded default — a PostgreSQL server started
// here, data in .data/postgres — or on the PostgreSQL server that DATABASE_URL names.
import { startEmbeddedPostgres } from "./db/embedded-postgres";
import { serve } from "./serve";

const DATA_DIR = ".data/postgres";

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const dev = process.argv.includes("--dev");
  const seed = process.env.PASSERELLE_SEED !== "0";
  if (process.env.DATABASE_URL) {
    console.log("▸ Using the PostgreSQL server of DATABASE_URL");
    return serve({ databaseUrl: process.env.DATABASE_URL, port, dev, seed });
  }
  const startedAt = Date.now();
  const embedded = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: Number(process.env.PASSERELLE_DB_PORT ?? 0) });
  const where = embedded.location === `${process.cwd()}/${DATA_DIR}` ? DATA_DIR : `${DATA_DIR} → ${embedded.location}`;
  console.log(`▸ Embedded PostgreSQL ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s on ${redact(embedded.url)}`);
  console.log(`  data in ${where}, log in ${DATA_DIR}.log; to start afresh: stop, then \`rm -rf .data\` (or \`npm run db -- reset\`)`);
  return serve({ databaseUrl: embedded.url, port, dev, seed, onExit: embedded.close });
}

function redact(url: string): string {
  return url.replace(/:[^:@/]+@/, ":•••@");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
