import path from "node:path";
import { createLocalDiskStorage } from "./local-disk-storage";
import { createS3Storage, s3OptionsFromEnv } from "./s3-storage";

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
 * The driver configured for this process: an S3-compatible bucket when S3_ENDPOINT and S3_BUCKET are set
 * (with S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY), else the local disk.
 */
export function getFileStorage(): FileStorage {
  if (!configured) {
    const s3 = s3OptionsFromEnv();
    configured = s3 ? createS3Storage(s3) : createLocalDiskStorage({ rootDir: storageDir() });
  }
  return configured;
}
