import { createPrismaClient } from "../../lib/db/create-prisma-client";
import { authSecret } from "../../scripts/auth-secret";
import { getFileStorage } from "../../lib/storage/storage";
import { seedDemoData } from "./seed-demo-data";

/** Seeds the demo into the database at `databaseUrl` (files into the configured storage) and says what it did. */
export async function runDemoSeed({ databaseUrl, now = new Date() }: { databaseUrl: string; now?: Date }): Promise<void> {
  // The demo administrators' second-factor secret is sealed under the secret the app will run with.
  process.env.AUTH_SECRET ??= authSecret();
  const db = createPrismaClient({ connectionString: databaseUrl, max: 2 });
  try {
    const result = await seedDemoData({ db, storage: getFileStorage(), now });
    if (result.status === "already-present") {
      console.log(`▸ Demo data already present (${result.existingSlugs.join(", ")}): nothing changed.`);
      return;
    }
    const total = Object.values(result.rowCounts).reduce((sum, count) => sum + count, 0);
    const { build, storage, database } = result.timingsMs;
    console.log(
      `▸ Demo data created around ${now.toISOString()}: ${total} rows, ${result.fileCount} files (build ${build} ms, storage ${storage} ms, database ${database} ms).`,
    );
  } finally {
    await db.$disconnect();
  }
}
