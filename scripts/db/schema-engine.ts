// Prisma's schema engine compiled to WebAssembly, driven through @prisma/adapter-pg: the Prisma CLI
// cannot download its native engine on these machines (see /work/shared/notes/prisma-offline.md).
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import pg from "pg";

export type { SchemaEngine };

export interface SchemaFile {
  path: string;
  content: string;
}

export interface SchemaEngineOptions {
  databaseUrl: string;
  schemaFiles: SchemaFile[];
}

/** Runs `work` with an engine connected to `databaseUrl`, then frees the engine, its pools and its shadow database. */
export async function withSchemaEngine<T>(options: SchemaEngineOptions, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const SchemaEngineClass = await loadSchemaEngine();
  panicRegistry.message = "";
  const connections = new Connections(options.databaseUrl);
  try {
    const engine = await SchemaEngineClass.new(
      { datamodels: options.schemaFiles.map((file) => [file.path, file.content]) },
      () => {},
      bindMigrationAwareSqlAdapterFactory(connections.adapterFactory()),
    ).catch(rethrowEngineError);
    try {
      return await untilPanic(work(engine)).catch(rethrowEngineError);
    } finally {
      try {
        engine.free();
      } catch {
        // After a panic the engine is still borrowed by the call that died; the process exits anyway.
      }
    }
  } finally {
    await connections.close();
  }
}

// A Rust panic inside an async engine call surfaces as an uncaught WebAssembly trap and the call's
// promise never settles (seen when "char" columns arrived as text). Turn it into a rejection, so the
// shadow database is still dropped and the pools closed.
async function untilPanic<T>(operation: Promise<T>): Promise<T> {
  let onTrap: (error: Error) => void = () => {};
  const trapped = new Promise<never>((_, reject) => {
    onTrap = (error) => {
      if (!(error instanceof WebAssembly.RuntimeError)) throw error;
      reject(error);
    };
  });
  process.on("uncaughtException", onTrap);
  try {
    return await Promise.race([operation, trapped]);
  } finally {
    process.off("uncaughtException", onTrap);
  }
}

type SchemaEngineStatic = typeof SchemaEngine;

let loading: Promise<SchemaEngineStatic> | undefined;

// The package's own entry imports the .wasm as an ES module, which Node cannot do: instantiate it
// by hand with the wasm-bindgen glue as its import object, like @prisma/internals' wasmSchemaEngineLoader.
function loadSchemaEngine(): Promise<SchemaEngineStatic> {
  return (loading ??= (async () => {
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;
    const require = createRequire(path.resolve("package.json"));
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    // By file URL: a bare specifier does not resolve when tsx loads this file as CommonJS.
    const glue: typeof import("@prisma/schema-engine-wasm/schema_engine_bg") = await import(pathToFileURL(gluePath).href);
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue.SchemaEngine;
  })());
}

// The engine reports the text of a Rust panic here; the JS side then only sees "unreachable".
const panicRegistry = {
  message: "",
  get() {
    return this.message;
  },
  set_message(value: string) {
    this.message = `RuntimeError: ${value}`;
  },
};

/**
 * Engine errors end with a Rust span trace ("   0: schema_engine_wasm::…"): keep the message, plus
 * the name of the migration that failed, which only the trace carries.
 */
function rethrowEngineError(error: unknown): never {
  if (error instanceof WebAssembly.RuntimeError && panicRegistry.message) {
    throw new Error(`Schema engine panic: ${panicRegistry.message}`, { cause: error });
  }
  if (!(error instanceof Error)) throw error;
  const [text = "", trace = ""] = error.message.split(/\n(?=\s+0: \S+::)/);
  if (!trace) throw error;
  const migration = /migration_name="([^"]+)"/.exec(trace)?.[1];
  const message = text.replace(/^external connector error\n/, "").trim();
  throw new Error(migration ? `${message} (migration ${migration})` : message, { cause: error });
}

const CHAR_OID = 18;
const TEXT_OID = 25;
const CHAR_MARK = '\u0000"char"';

type QueryResultLike = { fields?: { name: string; dataTypeID: number }[] };

// @prisma/adapter-pg rejects Postgres' internal "char" type (OID 18), which the engine reads from the
// catalogs when it describes a database (pg_constraint.contype, confdeltype…), and the engine wants
// those values as characters, not text: a CHECK constraint read as text makes it panic. So the pg
// client passes them as text with a marked column name, and `restoreCharColumns` reports them as
// Character once adapter-pg has built its result.
function markCharColumns<T>(result: T): T {
  for (const part of (Array.isArray(result) ? result : [result]) as QueryResultLike[]) {
    for (const field of part?.fields ?? []) {
      if (field.dataTypeID === CHAR_OID) {
        field.dataTypeID = TEXT_OID;
        field.name += CHAR_MARK;
      }
    }
  }
  return result;
}

function restoreCharColumns(result: SqlResultSet): SqlResultSet {
  const isChar = result.columnNames.map((name) => name.endsWith(CHAR_MARK));
  if (!isChar.includes(true)) return result;
  return {
    ...result,
    columnNames: result.columnNames.map((name, i) => (isChar[i] ? name.slice(0, -CHAR_MARK.length) : name)),
    columnTypes: result.columnTypes.map((type, i) => (isChar[i] ? ColumnTypeEnum.Character : type)),
  };
}

class CharMarkingClient extends pg.Client {
  // pg-pool calls query(text, values, callback); adapter-pg's transactions call query(config).
  // pg.Client declares a dozen overloads of query(); one override can only meet them all with `any`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: unknown[]): any {
    const query = super.query as (...queryArgs: unknown[]) => unknown;
    const callback = args.at(-1);
    if (typeof callback === "function") {
      const marking = (error: unknown, result: unknown) => callback(error, error ? result : markCharColumns(result));
      return query.apply(this, [...args.slice(0, -1), marking]);
    }
    const pending = query.apply(this, args);
    return pending instanceof Promise ? pending.then(markCharColumns) : pending;
  }
}

function openPool(connectionString: string): pg.Pool {
  // One connection, so the engine's advisory lock and unlock run on the same session.
  return new pg.Pool({ connectionString, max: 1, Client: CharMarkingClient });
}

/** adapter-pg's adapter, with "char" columns restored and scripts run whole. */
function engineAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return withOverrides(adapter, {
    queryRaw: async (query) => restoreCharColumns(await adapter.queryRaw(query)),
    startTransaction: async (isolationLevel) => {
      const transaction = await adapter.startTransaction(isolationLevel);
      return withOverrides(transaction, {
        queryRaw: async (query) => restoreCharColumns(await transaction.queryRaw(query)),
      });
    },
    // adapter-pg splits scripts on ";", which breaks defaults containing ";" and $$ bodies. Without
    // parameters, node-pg uses the simple query protocol, which runs a whole script at once.
    executeScript: async (script) => {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
    },
  });
}

function withOverrides<T extends object>(target: T, overrides: Partial<T>): T {
  return new Proxy(target, {
    get: (object, property) => (Object.hasOwn(overrides, property) ? overrides[property as keyof T] : Reflect.get(object, property)),
  });
}

/** The pools the engine uses, and a shadow database of its own, all closed by `close()`. */
class Connections {
  private readonly main: pg.Pool;
  private shadow: Promise<ShadowDatabase> | undefined;

  constructor(private readonly databaseUrl: string) {
    this.main = openPool(databaseUrl);
  }

  adapterFactory(): SqlMigrationAwareDriverAdapterFactory {
    const connect = async (pool: pg.Pool) => engineAdapter(await new PrismaPg(pool).connect());
    return {
      provider: "postgres",
      adapterName: "@prisma/adapter-pg",
      connect: () => connect(this.main),
      // PrismaPg's own connectToShadowDb ends up on the main database: node-pg lets the connection
      // string win over the database name it passes.
      connectToShadowDb: async () => {
        const shadow = await (this.shadow ??= this.openShadow());
        await shadow.pool.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
        return connect(shadow.pool);
      },
    };
  }

  async close(): Promise<void> {
    try {
      const shadow = await this.shadow?.catch(() => undefined);
      await shadow?.close();
    } finally {
      await this.main.end();
    }
  }

  private openShadow(): Promise<ShadowDatabase> {
    return throwawayDatabase(this.main, this.databaseUrl);
  }
}

interface ShadowDatabase {
  pool: pg.Pool;
  close(): Promise<void>;
}

async function throwawayDatabase(main: pg.Pool, databaseUrl: string): Promise<ShadowDatabase> {
  const url = new URL(databaseUrl);
  // PostgreSQL truncates names to 63 bytes, and the shadow pool must connect to the exact name.
  const base = (decodeURIComponent(url.pathname.slice(1)) || "postgres").slice(0, 40);
  const name = `${base}_shadow_${randomBytes(4).toString("hex")}`;
  const quoted = `"${name.replaceAll('"', '""')}"`;
  await main.query(`CREATE DATABASE ${quoted}`);
  url.pathname = `/${encodeURIComponent(name)}`;
  const pool = openPool(url.toString());
  return {
    pool,
    close: async () => {
      await pool.end();
      await main.query(`DROP DATABASE IF EXISTS ${quoted}`);
    },
  };
}
