import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { createInterface } from "node:readline";

// The database runs in its own process (scripts/test-database.ts, under tsx): the schema engine is ESM
// and WebAssembly, which jest's CommonJS transform cannot load, and the embedded server lives as long as it.
export default async function integrationSetup(): Promise<void> {
  // The app needs a secret (as scripts/serve.ts gives it); the seeding child seals with it too.
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  // `node --import tsx` rather than the tsx binary: one process, so the pid below is the one to stop.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/test-database.ts"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: process.env,
  });
  const ready = await new Promise<{ databaseUrl: string; storageDir: string }>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`test database exited with code ${code}`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (line.startsWith("TEST_DATABASE ")) resolve(JSON.parse(line.slice("TEST_DATABASE ".length)));
    });
  });
  // Keep draining its output (a full pipe would block it) without holding jest open.
  child.stdout!.resume();
  (child.stdout as unknown as { unref(): void }).unref();
  child.unref();
  // Workers start after global setup and inherit the environment; so does the teardown, which may run
  // in another module registry than this file (one per jest project), hence the pid in the environment.
  process.env.DATABASE_URL = ready.databaseUrl;
  process.env.STORAGE_DIR = ready.storageDir;
  // What the app needs from its launcher (scripts/serve.ts): a secret, and a local mailbox for emails.
  process.env.MAILBOX_DIR = path.join(ready.storageDir, ".mailbox");
  process.env.PASSERELLE_TEST_DATABASE_PID = String(child.pid);
}
