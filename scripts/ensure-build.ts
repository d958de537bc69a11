// `npm start` builds only when the sources are newer than the last build.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "messages", "public", "proxy.ts", "next.config.ts", "postcss.config.mjs", "package-lock.json"];
const BUILD_MARKER = ".next/BUILD_ID";

function newestModification(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(entry).map((name) => newestModification(path.join(entry, name))));
}

export function buildIsStale(): boolean {
  if (!existsSync(BUILD_MARKER)) return true;
  return Math.max(...SOURCES.map(newestModification)) > statSync(BUILD_MARKER).mtimeMs;
}

export function ensureBuild(): void {
  if (!buildIsStale()) return;
  console.log("▸ Building the app (next build)…");
  const result = spawnSync("node_modules/.bin/next", ["build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}
