import { randomUUID } from "node:crypto";
import { mkdir, open, readFile, rename, rm, unlink } from "node:fs/promises";
import path from "node:path";
import type { FileStorage } from "./storage";
import { InvalidStorageKeyError, storageKeySegments } from "./storage-key";

/**
 * Resolves a key to a path under `rootDir`. The key syntax already forbids absolute paths, `..` and
 * separators other than `/`; the containment check below is the second lock on the same door.
 */
export function resolveStorageKey(rootDir: string, key: string): string {
  const segments = storageKeySegments(key);
  const root = path.resolve(rootDir);
  const target = path.resolve(root, ...segments);
  const relative = path.relative(root, target);
  if (relative === "" || relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw new InvalidStorageKeyError(key, "escapes the storage root");
  }
  return target;
}

function isMissingFile(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === "ENOENT";
}

/**
 * Files on the local disk, one file per key under `rootDir`. A write goes to a temporary file in the same
 * directory, is flushed, then renamed over the target, so a reader never sees a half-written file.
 * The content type is not stored: the database row that names the key carries it.
 */
export function createLocalDiskStorage({ rootDir }: { rootDir: string }): FileStorage {
  return {
    async put(key, bytes) {
      const target = resolveStorageKey(rootDir, key);
      await mkdir(path.dirname(target), { recursive: true });
      const temporary = `${target}.${randomUUID()}.tmp`;
      try {
        const handle = await open(temporary, "wx");
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },

    async get(key) {
      const target = resolveStorageKey(rootDir, key);
      try {
        return new Uint8Array(await readFile(target));
      } catch (error) {
        if (isMissingFile(error)) return null;
        throw error;
      }
    },

    async delete(key) {
      const target = resolveStorageKey(rootDir, key);
      try {
        await unlink(target);
      } catch (error) {
        if (!isMissingFile(error)) throw error;
      }
    },
  };
}
