import path from "node:path";
import { createLocalDiskStorage } from "./local-disk-storage";

/**
 * Where files live (generated documents, signed copies, files shared with a company). Keys are relative
 * paths chosen by the caller (`organizations/<orgId>/companies/<companyId>/…`, see storage-key.ts); the
 * content type, size and checksum are kept in the database row that names the key.
 */
export interface FileStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The stored bytes, or null when nothing is stored under this key. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes the file; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** The local-disk root: STORAGE_DIR, else `.data/storage` under the working directory (git-ignored). */
export function storageDir(): string {
  return path.resolve(process.env.STORAGE_DIR || path.join(".data", "storage"));
}

let configured: FileStorage | undefined;

/**
 * The driver configured for this process. Only the local-disk driver exists so far; the S3-compatible
 * driver will be chosen here from the environment, and callers will not change.
 */
export function getFileStorage(): FileStorage {
  configured ??= createLocalDiskStorage({ rootDir: storageDir() });
  return configured;
}
