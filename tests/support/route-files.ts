import { readdirSync } from "node:fs";
import path from "node:path";

export interface AppFile {
  /** "app/s/[site]/(extranet)/stockage/televerser/route.ts" */
  file: string;
  /** The public path a browser uses (through proxy.ts's rewrite), dynamic segments as "[name]": "/factures/[id]/pdf". */
  pattern: string;
  /** The same with every dynamic segment filled with "x": "/factures/x/pdf". */
  publicPath: string;
}

/** Every page or route handler under app/, with the path a browser uses to reach it. */
export function listAppFiles(kind: "page" | "route"): AppFile[] {
  const name = new RegExp(`(^|/)${kind}\\.tsx?$`);
  return (readdirSync("app", { recursive: true }) as string[])
    .filter((entry) => name.test(entry))
    .map((entry) => {
      const segments = path
        .dirname(entry)
        .split(path.sep)
        .filter((segment) => segment !== "." && !/^\(.+\)$/.test(segment));
      const inSite = segments[0] === "s" && segments[1] === "[site]";
      const pattern = `/${(inSite ? segments.slice(2) : segments).join("/")}`;
      return { file: path.join("app", entry), pattern, publicPath: pattern.replace(/\[[^\]]+\]/g, "x") };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

export const listRouteFiles = () => listAppFiles("route");
