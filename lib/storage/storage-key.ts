/** Segments of a key: letters, digits, `.`, `_`, `-`; no empty, `.` or `..` segment. */
const KEY_SEGMENT = /^[A-Za-z0-9._-]+$/;
const MAX_KEY_LENGTH = 512;

export class InvalidStorageKeyError extends Error {
  constructor(key: string, reason: string) {
    super(`Invalid storage key ${JSON.stringify(key)}: ${reason}`);
    this.name = "InvalidStorageKeyError";
  }
}

/**
 * Checks a key (`organizations/<orgId>/companies/<companyId>/documents/<id>.pdf`) and returns its
 * segments. Every driver calls it, so a key that works on one driver works on all of them.
 */
export function storageKeySegments(key: string): string[] {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) throw new InvalidStorageKeyError(key, "empty or too long");
  const segments = key.split("/");
  for (const segment of segments) {
    if (segment === "." || segment === ".." || !KEY_SEGMENT.test(segment)) {
      throw new InvalidStorageKeyError(key, "segments must be non-empty and use only A-Z a-z 0-9 . _ -");
    }
  }
  return segments;
}
