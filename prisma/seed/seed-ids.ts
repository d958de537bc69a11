import { createHash } from "node:crypto";

/**
 * A stable, cuid-shaped id ("c" + 24 base-36 characters) derived from what the row is, so that every run
 * of the seed gives every row the same id and the tests can name demo rows without looking them up.
 */
export function seedId(kind: string, key: string): string {
  const digest = createHash("sha256").update(`${kind}:${key}`).digest("hex");
  return `c${BigInt(`0x${digest.slice(0, 32)}`)
    .toString(36)
    .padStart(25, "0")
    .slice(-24)}`;
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}
