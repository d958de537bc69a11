// Regression test for the former embedded default (one WebAssembly session behind a socket multiplexer),
// which interleaved the extended-protocol messages of concurrent connections: statements ran with another
// statement's parameters and returned rows nobody asked for. Here many connections of the app's own client run
// mixed statements at once (shapes, parameter counts, tenants, transactions, refused statements) and
// every answer is checked against what it must be.
import pg from "pg";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { DEMO_ORGANIZATIONS } from "../support/demo";

jest.setTimeout(120_000);

const WORKERS = 24;
const OPERATIONS_PER_WORKER = 30;
const ACTION = `test.concurrency.${Date.now().toString(36)}`;
const APPLICATION = "passerelle-concurrency-test";

// The app's client as lib/db.ts makes it, named so its connections can be told from other test files'.
function connectionString(): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.searchParams.set("application_name", APPLICATION);
  return url.toString();
}
const db = createPrismaClient({ connectionString: connectionString(), max: 16 });

interface Snapshot {
  users: { id: string; email: string; organizationId: string }[];
  companiesByOrganization: Map<string, string[]>;
}

type Operation = (worker: number, step: number) => Promise<void>;

function pick<T>(items: readonly T[], seed: number): T {
  return items[Math.abs(seed) % items.length];
}

describe("the database under concurrent connections", () => {
  let snapshot: Snapshot;
  const organizationIds = Object.values(DEMO_ORGANIZATIONS).map((organization) => organization.id);

  beforeAll(async () => {
    const users = await db.user.findMany({
      where: { organizationId: { in: organizationIds } },
      select: { id: true, email: true, organizationId: true },
    });
    const companies = await db.company.findMany({
      where: { organizationId: { in: organizationIds } },
      select: { id: true, organizationId: true },
    });
    const companiesByOrganization = new Map(
      organizationIds.map((id) => [
        id,
        companies
          .filter((c) => c.organizationId === id)
          .map((c) => c.id)
          .sort(),
      ]),
    );
    snapshot = { users, companiesByOrganization };
    expect(users.length).toBeGreaterThan(5);
  });

  afterAll(async () => {
    await db.auditEvent.deleteMany({ where: { action: ACTION } });
    await db.$disconnect();
  });

  it("answers every one of hundreds of mixed statements with its own result", async () => {
    let statements = 0;
    let refused = 0;
    let peakConnections = 0;

    const operations: Operation[] = [
      // One row by id: its own email, never another user's.
      async (worker, step) => {
        const user = pick(snapshot.users, worker * 31 + step);
        const found = await db.user.findUnique({ where: { id: user.id }, select: { email: true, organizationId: true } });
        statements++;
        expect(found).toEqual({ email: user.email, organizationId: user.organizationId });
      },
      // A tenant's rows: exactly that organisation's companies.
      async (worker, step) => {
        const organizationId = pick(organizationIds, worker + step);
        const rows = await db.company.findMany({
          where: { organizationId },
          select: { id: true, organizationId: true },
          orderBy: { id: "asc" },
        });
        statements++;
        expect(rows.map((row) => row.id)).toEqual(snapshot.companiesByOrganization.get(organizationId));
        expect(new Set(rows.map((row) => row.organizationId))).toEqual(new Set(rows.length ? [organizationId] : []));
      },
      // IN lists of 1 to 9 parameters: the count of exactly those ids.
      async (worker, step) => {
        const size = 1 + ((worker + step) % 9);
        const chosen = Array.from({ length: size }, (_, index) => pick(snapshot.users, worker * 7 + step * 3 + index * 11));
        const ids = [...new Set(chosen.map((user) => user.id))];
        const count = await db.user.count({ where: { id: { in: ids } } });
        statements++;
        expect(count).toBe(ids.length);
      },
      // Raw SQL, parameter counts of 1 to 6, each answer computed from its own parameters.
      async (worker, step) => {
        const a = worker * 1000 + step;
        const b = step * 7;
        const text = `w${worker}s${step}`;
        switch (step % 3) {
          case 0: {
            const [row] = await db.$queryRaw<{ value: number }[]>`SELECT ${a}::int AS value`;
            expect(row.value).toBe(a);
            break;
          }
          case 1: {
            const [row] = await db.$queryRaw<
              { sum: number; label: string }[]
            >`SELECT ${a}::int + ${b}::int AS sum, ${text}::text || ${"-"}::text AS label`;
            expect(row).toEqual({ sum: a + b, label: `${text}-` });
            break;
          }
          default: {
            const [row] = await db.$queryRaw<
              { joined: string }[]
            >`SELECT concat_ws(',', ${a}::int, ${b}::int, ${text}::text, ${worker}::int, ${step}::int, ${"fin"}::text) AS joined`;
            expect(row.joined).toBe([a, b, text, worker, step, "fin"].join(","));
          }
        }
        statements++;
      },
      // An interactive transaction that writes, reads its own write, and commits.
      async (worker, step) => {
        const organizationId = pick(organizationIds, worker);
        const targetId = `commit-${worker}-${step}`;
        const read = await db.$transaction(async (tx) => {
          await tx.auditEvent.create({ data: { organizationId, action: ACTION, targetType: "test", targetId } });
          return tx.auditEvent.findMany({ where: { action: ACTION, targetId }, select: { organizationId: true, targetId: true } });
        });
        statements += 4;
        expect(read).toEqual([{ organizationId, targetId }]);
      },
      // An interactive transaction that rolls back: its write must vanish.
      async (worker, step) => {
        const targetId = `rollback-${worker}-${step}`;
        await expect(
          db.$transaction(async (tx) => {
            await tx.auditEvent.create({
              data: { organizationId: pick(organizationIds, step), action: ACTION, targetType: "test", targetId },
            });
            throw new Error("rolled back on purpose");
          }),
        ).rejects.toThrow("rolled back on purpose");
        statements += 3;
        expect(await db.auditEvent.count({ where: { action: ACTION, targetId } })).toBe(0);
        statements++;
      },
      // Statements the database refuses — a NUL byte, an overflow, a foreign key — then the next works.
      async (worker, step) => {
        const refusals = [
          () =>
            db.auditEvent.create({ data: { organizationId: pick(organizationIds, step), action: ACTION, targetId: `nul\u0000${worker}` } }),
          () => db.$queryRaw`SELECT ${2_147_483_647}::int + ${step + 1}::int AS overflow`,
          () => db.auditEvent.create({ data: { organizationId: `missing-${worker}-${step}`, action: ACTION } }),
        ];
        await expect(pick(refusals, worker + step)()).rejects.toThrow();
        refused++;
        const [row] = await db.$queryRaw<{ worker: number }[]>`SELECT ${worker}::int AS worker`;
        statements += 2;
        expect(row.worker).toBe(worker);
      },
    ];

    const watcher = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await watcher.connect();
    let running = true;
    const watching = (async () => {
      while (running) {
        const { rows } = await watcher.query<{ count: string }>(
          "SELECT count(*) AS count FROM pg_stat_activity WHERE application_name = $1",
          [APPLICATION],
        );
        peakConnections = Math.max(peakConnections, Number(rows[0].count));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    try {
      await Promise.all(
        Array.from({ length: WORKERS }, async (_, worker) => {
          for (let step = 0; step < OPERATIONS_PER_WORKER; step++) await pick(operations, worker * 5 + step)(worker, step);
        }),
      );
    } finally {
      running = false;
      await watching;
      await watcher.end();
    }

    expect(statements).toBeGreaterThanOrEqual(500);
    expect(refused).toBeGreaterThan(20);
    expect(peakConnections).toBeGreaterThanOrEqual(10);
    const committed = await db.auditEvent.findMany({ where: { action: ACTION }, select: { targetId: true } });
    expect(committed.every((row) => row.targetId?.startsWith("commit-"))).toBe(true);
    console.log(
      `concurrency: ${WORKERS} workers, ${statements} statements (${refused} refused on purpose), peak ${peakConnections} connections`,
    );
  });
});
