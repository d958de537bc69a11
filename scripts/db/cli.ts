// npm run db -- create <name> | deploy | reset | status
// Uses DATABASE_URL, or else the embedded cluster of `npm start` (.data/postgres), started for the command.
import { startEmbeddedPostgres } from "./embedded-postgres";
import { createMigration, deployMigrations, migrationStatus, resetDatabase } from "./migrations";

const EMBEDDED_DATA_DIR = ".data/postgres";
const USAGE = "usage: npm run db -- create <name> | deploy | reset | status";

type Command = (databaseUrl: string) => Promise<void>;

function parseCommand([command, name, ...extra]: string[]): Command {
  if (command === "create" && name && !extra.length) {
    return async (databaseUrl) => {
      const result = await createMigration({ databaseUrl, name });
      printList("Applied pending migrations first:", result.appliedFirst);
      for (const warning of result.warnings) console.log(`warning: ${warning}`);
      console.log(result.created ? `Created prisma/migrations/${result.created}/migration.sql` : "no changes");
    };
  }
  if (command === "deploy" && !name) {
    return async (databaseUrl) => {
      const { applied } = await deployMigrations({ databaseUrl });
      console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "No pending migrations.");
    };
  }
  if (command === "reset" && !name) {
    return async (databaseUrl) => {
      const { applied } = await resetDatabase({ databaseUrl });
      console.log(`Database reset; applied ${applied.length} migration(s).`);
    };
  }
  if (command === "status" && !name) {
    return async (databaseUrl) => {
      const status = await migrationStatus({ databaseUrl });
      printList("Applied:", status.applied);
      printList("Pending:", status.pending);
      printList("Failed:", status.failed);
      printList("Edited after being applied:", status.edited);
      printList("In the database but not in prisma/migrations:", status.onlyInDatabase);
      const clean = [status.pending, status.failed, status.edited, status.onlyInDatabase].every((names) => !names.length);
      if (clean) console.log("Database schema is up to date.");
    };
  }
  throw new Error(USAGE);
}

function printList(title: string, names: string[]): void {
  if (names.length) console.log([title, ...names.map((name) => `  ${name}`)].join("\n"));
}

async function main(): Promise<void> {
  const command = parseCommand(process.argv.slice(2));
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) return command(databaseUrl);
  const embedded = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR });
  try {
    await command(embedded.url);
  } finally {
    await embedded.close();
  }
}

// Explicit exit: the schema engine leaves a ~10 s timer behind after applyMigrations.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`db: ${oneLine(error instanceof Error ? error.message : String(error))}`);
    process.exit(1);
  },
);

function oneLine(text: string): string {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .join(" ");
}
