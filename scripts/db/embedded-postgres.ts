// PostgreSQL without a server: PGlite (PostgreSQL compiled to WebAssembly) served over the wire
// protocol by pglite-socket, so node-pg and @prisma/adapter-pg talk to it like to a real server.
import { createRequire } from "node:module";
import { rmSync } from "node:fs";
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgresOptions {
  /** Folder holding the database; in memory when absent. */
  dataDir?: string;
  /** Port on 127.0.0.1; a free one when absent or 0. */
  port?: number;
}

export interface EmbeddedPostgres {
  /** postgres:// URL for node-pg / @prisma/adapter-pg. */
  url: string;
  stop(): Promise<void>;
}

// With one connection, node-pg reconnects after a query error while the server still counts the old
// socket, and the next transaction dies ("Connection terminated unexpectedly"). A full node-pg pool
// is 10 connections, so leave room beyond it for those reconnects and for a CLI next to the app.
const MAX_CONNECTIONS = 20;

const TEMPLATE_CACHE_DIR = path.resolve("node_modules/.cache/passerelle-db");

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const unlock = options.dataDir ? await lockDataDir(options.dataDir) : async () => {};
  let db: PGlite | undefined;
  try {
    db = options.dataDir ? await PGlite.create({ dataDir: options.dataDir }) : await createInMemory();
    const server = new PGLiteSocketServer({
      db,
      host: "127.0.0.1",
      port: options.port ?? 0,
      maxConnections: MAX_CONNECTIONS,
    });
    await server.start();
    const port = Number(server.getServerConn().split(":").at(-1));
    const opened = db;
    let stopping: Promise<void> | undefined;
    return {
      url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
      stop: () =>
        (stopping ??= (async () => {
          await server.stop();
          await opened.close();
          await unlock();
        })()),
    };
  } catch (error) {
    await db?.close();
    await unlock();
    throw error;
  }
}

// A fresh PGlite runs initdb (~3.5 s); loading the tarball of an empty data folder takes ~0.9 s.
// The tarball is cached per PGlite version because a data folder only fits the PostgreSQL that wrote it.
async function createInMemory(): Promise<PGlite> {
  const templateFile = path.join(TEMPLATE_CACHE_DIR, `pglite-${pgliteVersion()}-empty.tar`);
  const template = await readFile(templateFile).catch(() => null);
  if (template) {
    try {
      return await PGlite.create({ loadDataDir: new Blob([template]) });
    } catch {
      await unlink(templateFile).catch(() => {}); // truncated or foreign tarball: rebuild it below
    }
  }
  const db = await PGlite.create();
  await saveTemplate(db, templateFile).catch(() => {}); // a read-only cache only costs speed
  return db;
}

async function saveTemplate(db: PGlite, templateFile: string): Promise<void> {
  const tarball = new Uint8Array(await (await db.dumpDataDir("none")).arrayBuffer());
  await mkdir(path.dirname(templateFile), { recursive: true });
  // Written aside then renamed, so a concurrent start never reads half a tarball.
  const partial = `${templateFile}.${process.pid}.partial`;
  await writeFile(partial, tarball);
  await rename(partial, templateFile);
}

function pgliteVersion(): string {
  const require = createRequire(path.resolve("package.json"));
  const entry = require.resolve("@electric-sql/pglite");
  const manifest = require(path.join(path.dirname(entry), "..", "package.json")) as { version: string };
  return manifest.version;
}

// A PGlite data folder belongs to one process at a time, and PGlite itself does not enforce it
// (its postmaster.pid always says -42), so two processes would silently corrupt it.
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = `${path.resolve(dataDir)}.lock`;
  await mkdir(path.dirname(lockFile), { recursive: true });
  const release = () => rmSync(lockFile, { force: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lockFile, String(process.pid), { flag: "wx" });
      process.once("exit", release);
      return async () => {
        process.off("exit", release);
        release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(await readFile(lockFile, "utf8").catch(() => ""));
      if (isRunning(holder)) {
        throw new Error(
          `${dataDir} is in use by process ${holder}: a PGlite data folder belongs to one process, so point DATABASE_URL at the server that process runs`,
        );
      }
      await unlink(lockFile).catch(() => {}); // left behind by a process that died
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
