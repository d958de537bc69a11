import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { CLIENT_MESSAGES, pickMessages } from "@/lib/i18n/client-message-paths";
import en from "@/messages/en";
import fr from "@/messages/fr";

const filesUnder = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? filesUnder(file) : /\.tsx?$/.test(name) ? [file] : [];
  });

describe("client messages", () => {
  it("name only paths that exist in both catalogues", () => {
    for (const paths of Object.values(CLIENT_MESSAGES)) {
      expect(() => pickMessages(fr, paths)).not.toThrow();
      expect(() => pickMessages(en, paths)).not.toThrow();
    }
  });

  it("keep only the listed paths, nested", () => {
    expect(pickMessages({ a: { b: "1", c: "2" }, d: "3" }, ["a.b"])).toEqual({ a: { b: "1" } });
  });

  it("cover every namespace a client component reads", () => {
    const listed = Object.values(CLIENT_MESSAGES).flat();
    const covered = (namespace: string) =>
      listed.some((entry) => entry === namespace || entry.startsWith(`${namespace}.`) || namespace.startsWith(`${entry}.`));
    const read = filesUnder("components")
      .map((file) => readFileSync(file, "utf8"))
      .filter((source) => source.includes("useTranslations"))
      .flatMap((source) => [...source.matchAll(/useTranslations\("([^"]+)"\)/g)].map((match) => match[1]));
    expect(read.length).toBeGreaterThan(10);
    expect(read.filter((namespace) => !covered(namespace))).toEqual([]);
  });
});
