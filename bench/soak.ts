// `npm run bench:soak`: the built app on its embedded default (a throwaway embedded PostgreSQL with the
// demo data, as `npm start` has it), SOAK_CONNECTIONS (50) connections for SOAK_SECONDS (60) over a mix
// of extranet and admin pages, as several logged-in users. Loopback only, bounded in time. Prints
// requests/s, p50/p99 and the errors; exits non-zero on any 5xx, socket error or unexpected answer.
import { spawn } from "node:child_process";
import { Agent } from "node:http";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEMO_LOGINS, DEMO_PASSWORD } from "../prisma/seed/demo-accounts";
import { runDemoSeed } from "../prisma/seed/run-demo-seed";
import { deployMigrations } from "../scripts/db/migrations";
import { createThrowawayDatabase } from "../scripts/db/throwaway-database";
import { ensureBuild } from "../scripts/ensure-build";
import { logInOverHttp, loopbackRequest } from "../scripts/loopback-http";
import { TRUSTED_DEVICE_COOKIE, trustedDeviceValue } from "../scripts/trusted-device-cookie";

// Shared with the server, which must open the trusted-device cookies the soak makes for the administrators.
process.env.AUTH_SECRET ??= "passerelle-soak-secret-not-for-production";
const PORT = Number(process.env.SOAK_PORT ?? 3090);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);

type Login = keyof typeof DEMO_LOGINS;

/** Who browses what: three companies' contacts on their extranets, two organisations' staff in /admin. */
const VISITS: { login: Login; paths: string[] }[] = [
  { login: "groupeMartinContact", paths: ["/", "/formations", "/participants", "/factures", "/calendrier", "/documents"] },
  { login: "transportsRiviereContact", paths: ["/", "/formations", "/factures", "/qualite"] },
  { login: "pharmacieDuParcContact", paths: ["/", "/participants", "/stockage"] },
  { login: "formaproAdmin", paths: ["/admin", "/admin/entreprises", "/admin/contacts", "/admin/formations", "/admin/emails"] },
  { login: "horizonAdmin", paths: ["/admin", "/admin/entreprises", "/admin/tickets", "/admin/documents"] },
];

interface Target {
  label: string;
  host: string;
  path: string;
  cookie: string;
}

interface Tally {
  latencies: number[];
  statuses: Map<string, number>;
  serverErrors: number;
  socketErrors: number;
  unexpected: number;
}

async function main(): Promise<void> {
  const database = await createThrowawayDatabase({});
  const storageDir = await mkdtemp(path.join(tmpdir(), "passerelle-soak-storage-"));
  process.env.STORAGE_DIR = storageDir;
  let server: ReturnType<typeof spawn> | null = null;
  try {
    await deployMigrations({ databaseUrl: database.url });
    await runDemoSeed({ databaseUrl: database.url });
    ensureBuild();
    server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT)], {
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    await waitForHealth();
    const targets = await logInEveryone(database.url);
    console.error(`▸ ${targets.length} pages as ${VISITS.length} users, ${CONNECTIONS} connections for ${SECONDS} s on port ${PORT}…`);
    const tally = await soak(targets);
    const failed = report(tally);
    process.exitCode = failed ? 1 : 0;
  } finally {
    if (server) await new Promise((resolve) => (server!.once("exit", resolve), server!.kill("SIGTERM")));
    await database.dispose();
    await rm(storageDir, { recursive: true, force: true });
  }
}

async function waitForHealth(): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 250) {
    const answer = await loopbackRequest({ port: PORT, host: "127.0.0.1", path: "/api/health" }).catch(() => null);
    if (answer?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the app did not start");
}

/** Each user signs in once; every page must answer 200 before the soak starts. */
async function logInEveryone(databaseUrl: string): Promise<Target[]> {
  const targets: Target[] = [];
  for (const { login, paths } of VISITS) {
    const { host, email, staffRole } = DEMO_LOGINS[login];
    // Administrators have a second factor: they sign in from a trusted device.
    const device = staffRole === "ADMIN" ? `${TRUSTED_DEVICE_COOKIE}=${await trustedDeviceValue({ databaseUrl, email, host })}` : undefined;
    const cookie = await logInOverHttp({ port: PORT, host, email, password: DEMO_PASSWORD, cookie: device });
    if (!cookie) throw new Error(`${login} could not sign in`);
    for (const pagePath of paths) {
      const answer = await loopbackRequest({ port: PORT, host, path: pagePath, cookie });
      if (answer.status !== 200) throw new Error(`${login} ${pagePath} answered ${answer.status} before the soak`);
      targets.push({ label: `${login} ${pagePath}`, host, path: pagePath, cookie });
    }
  }
  return targets;
}

async function soak(targets: Target[]): Promise<Tally> {
  const tally: Tally = { latencies: [], statuses: new Map(), serverErrors: 0, socketErrors: 0, unexpected: 0 };
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const deadline = Date.now() + SECONDS * 1_000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, connection) => {
      for (let index = connection; Date.now() < deadline; index++) {
        const target = targets[index % targets.length];
        const startedAt = performance.now();
        try {
          const answer = await loopbackRequest({ ...target, port: PORT, agent, timeoutMs: 30_000 });
          tally.latencies.push(performance.now() - startedAt);
          tally.statuses.set(String(answer.status), (tally.statuses.get(String(answer.status)) ?? 0) + 1);
          if (answer.status >= 500) tally.serverErrors++;
          else if (answer.status !== 200) tally.unexpected++;
          if (answer.status !== 200 && tally.serverErrors + tally.unexpected <= 5) console.error(`  ${answer.status} on ${target.label}`);
        } catch (error) {
          tally.socketErrors++;
          if (tally.socketErrors <= 5) console.error(`  socket error on ${target.label}: ${(error as Error).message}`);
        }
      }
    }),
  );
  agent.destroy();
  return tally;
}

function report({ latencies, statuses, serverErrors, socketErrors, unexpected }: Tally): boolean {
  const sorted = [...latencies].sort((x, y) => x - y);
  const percentile = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);
  const ms = (value: number) => `${Math.round(value)} ms`;
  const total = latencies.length + socketErrors;
  console.log(
    [
      "| connections | duration | requests | requests/s | p50 | p99 | max | statuses | 5xx | socket errors | other non-200 |",
      "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
      `| ${CONNECTIONS} | ${SECONDS} s | ${total} | ${(latencies.length / SECONDS).toFixed(1)} | ${ms(percentile(50))} | ${ms(percentile(99))} | ${ms(sorted.at(-1) ?? NaN)} | ${[...statuses].map(([status, count]) => `${status}: ${count}`).join(", ")} | ${serverErrors} | ${socketErrors} | ${unexpected} |`,
    ].join("\n"),
  );
  return serverErrors + socketErrors + unexpected > 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
