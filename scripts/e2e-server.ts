// The server the browser tests drive: the product as `npm start` serves it, on a throwaway database
// (a throwaway embedded cluster, or a new database on the server DATABASE_URL names) with fresh demo data.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createThrowawayDatabase } from "./db/throwaway-database";
import { e2eMailboxDir } from "./e2e-mailbox";
import { serve } from "./serve";

async function main(): Promise<void> {
  const database = await createThrowawayDatabase({ serverUrl: process.env.DATABASE_URL });
  const storageDir = await mkdtemp(path.join(tmpdir(), "passerelle-e2e-storage-"));
  process.env.STORAGE_DIR = storageDir;
  // The recipients' mailboxes (emails as delivered, links and codes included), where the tests read them.
  process.env.MAILBOX_DIR = e2eMailboxDir(Number(process.env.PORT ?? 3100));
  await rm(process.env.MAILBOX_DIR, { recursive: true, force: true });
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  // Browser tests that must read what the app wrote (the email outbox) find the database here.
  const urlFile = path.join(tmpdir(), `passerelle-e2e-${process.env.PORT ?? 3100}.database-url`);
  await writeFile(urlFile, database.url);
  await serve({
    databaseUrl: database.url,
    port: Number(process.env.PORT ?? 3100),
    onExit: async () => {
      await rm(urlFile, { force: true });
      await database.dispose();
      await rm(storageDir, { recursive: true, force: true });
      await rm(process.env.MAILBOX_DIR!, { recursive: true, force: true });
    },
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
