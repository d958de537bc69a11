import "server-only";
import { createHash } from "node:crypto";

// Rendering a PDF costs ~100 ms of CPU, many times the rest of its request. A PDF is a pure function of the
// data it is drawn from, so the bytes are kept per hash of that data: a change of the data is a new key,
// and nothing needs invalidating. Bounded in count and bytes; the oldest entries go first.
const MAX_ENTRIES = 200;
const MAX_BYTES = 32 * 1024 * 1024;
const entries = new Map<string, Promise<Uint8Array>>();
const sizes = new Map<string, number>();
let totalBytes = 0;

function evictOldest(): void {
  const [oldest] = entries.keys();
  entries.delete(oldest);
  totalBytes -= sizes.get(oldest) ?? 0;
  sizes.delete(oldest);
}

/** The PDF of `data`, rendered by `render` the first time only (per process). */
export function memoizedPdf(data: unknown, render: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const key = createHash("sha256").update(JSON.stringify(data)).digest("hex");
  const hit = entries.get(key);
  if (hit) {
    entries.delete(key); // most recently used last
    entries.set(key, hit);
    return hit;
  }
  const bytes = render();
  entries.set(key, bytes);
  bytes.then(
    (value) => {
      if (entries.get(key) !== bytes) return;
      sizes.set(key, value.byteLength);
      totalBytes += value.byteLength;
      while (entries.size > MAX_ENTRIES || totalBytes > MAX_BYTES) evictOldest();
    },
    () => entries.delete(key),
  );
  return bytes;
}
