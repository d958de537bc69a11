// `npm start` (and `npm run dev`): the product on its embedded default — PGlite persisted in
// .data/pglite — or on the PostgreSQL server that DATABASE_URL names.
import { startEmbeddedPostgres } from "./db/embedded-postgres";
import { serve } from "./serve";

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const dev = process.argv.includes("--dev");
  const seed = process.env.PASSERELLE_SEED !== "0";
  if (process.env.DATABASE_URL) {
    console.log("▸ Using the PostgreSQL server of DATABASE_URL");
    return serve({ databaseUrl: process.env.DATABASE_URL, port, dev, seed });
  }
  const embedded = await startEmbeddedPostgres({ dataDir: ".data/pglite", port: Number(process.env.PASSERELLE_DB_PORT ?? 0) });
  console.log(`▸ Embedded PostgreSQL (PGlite) on ${embedded.url}, data in .data/pglite`);
  return serve({ databaseUrl: embedded.url, port, dev, seed, onExit: embedded.stop });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
