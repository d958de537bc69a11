// The Prisma Migrate commands this project needs (deploy, create, reset, status), run by the wasm
// schema engine. Folder layout and _prisma_migrations rows are the ones Prisma's CLI writes and reads.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationList, SchemaFilter, SchemasContainer } from "@prisma/schema-engine-wasm";
import { dropJobQueue, migrateJobQueue } from "./job-queue-schema";
import { withSchemaEngine, type SchemaEngine } from "./schema-engine";

export interface MigrationOptions {
  databaseUrl: string;
  /** Default: prisma/schema.prisma in the current directory. */
  schemaPath?: string;
  /** Default: the `migrations` folder next to the schema. */
  migrationsDir?: string;
}

export interface CreateMigrationOptions extends MigrationOptions {
  name: string;
}

export interface CreateMigrationResult {
  /** Folder name of the new migration (`<yyyymmddhhmmss>_<name>`), null when there was nothing to migrate. */
  created: string | null;
  /** Pending migrations applied to the database before diffing, as `prisma migrate dev` does. */
  appliedFirst: string[];
  /** Data-loss warnings for the new migration. */
  warnings: string[];
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  failed: string[];
  /** Applied, then changed in the folder. */
  edited: string[];
  /** Recorded in the database but absent from the folder. */
  onlyInDatabase: string[];
}

const LOCKFILE = "migration_lock.toml";
const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

/** `prisma migrate deploy`: applies pending migrations (and the job queue's); does nothing when there are none. */
export async function deployMigrations(options: MigrationOptions): Promise<{ applied: string[] }> {
  const result = await withMigrationEngine(options, async ({ engine, migrationsList }) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return { applied: appliedMigrationNames };
  });
  await migrateJobQueue(options.databaseUrl);
  return result;
}

/** `prisma migrate dev --create-only`, except that no changes means no migration. */
export function createMigration(options: CreateMigrationOptions): Promise<CreateMigrationResult> {
  const name = migrationSlug(options.name);
  if (!name) return Promise.reject(new Error(`Invalid migration name "${options.name}"`));
  return withMigrationEngine(options, async ({ engine, migrationsList, schema }) => {
    // Not the CLI's order (diagnose, then apply): once it has applied migrations after a diagnosis,
    // the wasm engine no longer reaches its shadow database ("shadow DB must be provided through an
    // external factory"). Applying first, then diagnosing, works.
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    const { action } = await engine.devDiagnostic({ migrationsList, filters: NO_FILTER });
    if (action.tag === "reset") {
      throw new Error(`${action.reason} Run "db reset" to recreate the database (its data will be lost).`);
    }
    const dataLoss = await engine.evaluateDataLoss({ migrationsList, schema, filters: NO_FILTER });
    if (dataLoss.unexecutableSteps.length > 0) {
      throw new Error(`The migration cannot be applied: ${dataLoss.unexecutableSteps.map((step) => step.message).join(" ")}`);
    }
    const result = {
      appliedFirst: appliedMigrationNames,
      warnings: dataLoss.warnings.map((warning) => warning.message),
    };
    const migration = await engine.createMigration({
      migrationName: name,
      draft: false,
      migrationsList,
      schema,
      filters: NO_FILTER,
    });
    if (migration.migrationScript === null) return { ...result, created: null };
    await writeMigration({
      baseDir: migrationsList.baseDir,
      name: migration.generatedMigrationName,
      script: migration.migrationScript,
      provider: migration.connectorType,
    });
    return { ...result, created: migration.generatedMigrationName };
  });
}

/** `prisma migrate reset` without seeding: drops everything (the job queue too), then applies every migration. */
export async function resetDatabase(options: MigrationOptions): Promise<{ applied: string[] }> {
  await dropJobQueue(options.databaseUrl);
  const result = await withMigrationEngine(options, async ({ engine, migrationsList }) => {
    await engine.reset({ filter: NO_FILTER });
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return { applied: appliedMigrationNames };
  });
  await migrateJobQueue(options.databaseUrl);
  return result;
}

/** `prisma migrate status`, as data. */
export function migrationStatus(options: MigrationOptions): Promise<MigrationStatus> {
  return withMigrationEngine(options, async ({ engine, migrationsList }) => {
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: NO_FILTER,
    });
    const history = diagnosis.history;
    const pending = history && history.diagnostic !== "migrationsDirectoryIsBehind" ? history.unappliedMigrationNames : [];
    const onlyInDatabase = history && history.diagnostic !== "databaseIsBehind" ? history.unpersistedMigrationNames : [];
    const failed = diagnosis.failedMigrationNames;
    const applied = migrationsList.migrationDirectories
      .map((directory) => directory.path)
      .filter((migration) => !pending.includes(migration) && !failed.includes(migration));
    return { applied, pending, failed, edited: diagnosis.editedMigrationNames, onlyInDatabase };
  });
}

interface MigrationContext {
  engine: SchemaEngine;
  migrationsList: MigrationList;
  schema: SchemasContainer;
}

async function withMigrationEngine<T>(options: MigrationOptions, work: (context: MigrationContext) => Promise<T>): Promise<T> {
  const schemaPath = path.resolve(options.schemaPath ?? "prisma/schema.prisma");
  const migrationsDir = path.resolve(options.migrationsDir ?? path.join(path.dirname(schemaPath), "migrations"));
  const content = await readFile(schemaPath, "utf8").catch(() => {
    throw new Error(`Cannot read the Prisma schema at ${schemaPath}`);
  });
  const schema: SchemasContainer = { files: [{ path: schemaPath, content }] };
  const migrationsList = await listMigrations(migrationsDir);
  return withSchemaEngine({ databaseUrl: options.databaseUrl, schemaFiles: schema.files }, (engine) =>
    work({ engine, migrationsList, schema }),
  );
}

/** The folder as @prisma/migrate's listMigrations() hands it to the engine. */
async function listMigrations(baseDir: string): Promise<MigrationList> {
  const lockfile = await readFile(path.join(baseDir, LOCKFILE), "utf8").catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const directories = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const migrationDirectories = await Promise.all(
    directories
      .sort((a, b) => a.localeCompare(b))
      .map(async (directory) => ({
        path: directory,
        migrationFile: {
          path: "migration.sql",
          content: await readFile(path.join(baseDir, directory, "migration.sql"), "utf8").then(
            (value) => ({ tag: "ok" as const, value }),
            (error: Error) => ({ tag: "error" as const, value: error.message }),
          ),
        },
      })),
  );
  return { baseDir, lockfile: { path: LOCKFILE, content: lockfile }, migrationDirectories, shadowDbInitScript: "" };
}

interface MigrationFolder {
  baseDir: string;
  name: string;
  script: string;
  provider: string;
}

/** Writes what the CLI writes: `<name>/migration.sql`, then the lockfile naming the provider. */
async function writeMigration({ baseDir, name, script, provider }: MigrationFolder): Promise<void> {
  await mkdir(path.join(baseDir, name), { recursive: true });
  await writeFile(path.join(baseDir, name, "migration.sql"), script, { encoding: "utf8", flag: "wx" });
  await writeFile(
    path.join(baseDir, LOCKFILE),
    `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`,
  );
}

/** Like the CLI's slugify(name, { separator: "_" }): "Add invoice numbers" → "add_invoice_numbers". */
function migrationSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/([a-z\d])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z\d]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
}
