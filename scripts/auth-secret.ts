import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * AUTH_SECRET signs the session cookies and seals the emails that carry a secret. Production must set it
 * (NODE_ENV=production refuses to start without it, and every instance must share it). Otherwise a random
 * one is generated at first start and kept in <dataDir>/auth-secret (mode 0600): never a secret anyone can
 * read in the repository.
 */
export function authSecret({ dataDir = ".data", log = console.log }: { dataDir?: string; log?: (line: string) => void } = {}): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (process.env.NODE_ENV === "production") throw new Error("AUTH_SECRET must be set in production");
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) {
    log(`▸ AUTH_SECRET is not set: using the random one generated at first start in ${file}`);
  } else {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    log(`▸ AUTH_SECRET is not set: generated a random one in ${file} (mode 0600), kept for the next starts`);
  }
  chmodSync(file, 0o600);
  return readFileSync(file, "utf8").trim();
}
