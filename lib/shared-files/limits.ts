/** Bytes in one mebibyte. */
const MB = 1024 * 1024;

function positiveInteger(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? Math.floor(parsed) : fallback;
}

/**
 * Limits of the shared storage space, from the environment:
 * SHARED_FILE_MAX_BYTES (default 8 MB per file: under the proxy's 10 MB request-body buffer) and
 * SHARED_STORAGE_QUOTA_BYTES (default 500 MB per company, ticket attachments included).
 */
export function sharedFileLimits(env: Record<string, string | undefined> = process.env): { maxFileBytes: number; quotaBytes: number } {
  return {
    maxFileBytes: positiveInteger(env.SHARED_FILE_MAX_BYTES, 8 * MB),
    quotaBytes: positiveInteger(env.SHARED_STORAGE_QUOTA_BYTES, 500 * MB),
  };
}
