// First-load JavaScript per route, gzip-compressed, from the build's own stats (Next 16 writes them to
// .next/diagnostics/route-bundle-stats.json instead of printing them).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

interface RouteStats {
  route: string;
  firstLoadChunkPaths: string[];
}

export interface RouteJs {
  /** The page's path without the internal site segment: "/" for the dashboard, "/admin/contacts"… */
  route: string;
  gzipBytes: number;
}

export function firstLoadJs(statsFile = ".next/diagnostics/route-bundle-stats.json"): RouteJs[] {
  const stats = JSON.parse(readFileSync(statsFile, "utf8")) as RouteStats[];
  const sizes = new Map<string, number>();
  const gzipped = (chunk: string) => sizes.get(chunk) ?? sizes.set(chunk, gzipSync(readFileSync(chunk)).length).get(chunk)!;
  return stats
    .filter((entry) => entry.route.startsWith("/s/[site]"))
    .map((entry) => ({
      route: entry.route.replace("/s/[site]", "") || "/",
      gzipBytes: entry.firstLoadChunkPaths.reduce((total, chunk) => total + gzipped(chunk), 0),
    }))
    .sort((a, b) => a.route.localeCompare(b.route));
}
