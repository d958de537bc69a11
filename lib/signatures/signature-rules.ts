import { createHash, randomInt, timingSafeEqual } from "node:crypto";

/** A signature request can be signed this long after it is sent (or sent again by staff); then it reads "expiré". */
export const SIGNATURE_REQUEST_TTL_MS = 30 * 24 * 3_600_000;
/** When a request sent at `sentAt` expires. */
export const signatureExpiry = (sentAt: Date) => new Date(sentAt.getTime() + SIGNATURE_REQUEST_TTL_MS);
/** The request's time to be signed is over. */
export const signatureExpired = (request: { expiresAt: Date | null }, now: Date) =>
  request.expiresAt !== null && request.expiresAt.getTime() <= now.getTime();

/** A one-time code lives this long after it is sent. */
export const CODE_TTL_MS = 10 * 60_000;
/** Wrong codes allowed over the request's whole life (new codes do not reset it; staff re-sending does). */
export const MAX_CODE_ATTEMPTS = 5;
/** Codes sent per request between two sendings by staff (each one is an email). */
export const MAX_CODES_PER_SENDING = 10;
/** Largest drawn signature accepted (PNG data URL). */
export const MAX_DRAWN_SIGNATURE_CHARS = 400_000;

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Six digits, from the CSPRNG. */
export function newSignatureCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, "0");
}

/** Only this is stored: the code bound to its request, hashed. */
export function hashSignatureCode(requestId: string, code: string): string {
  return sha256Hex(`passerelle-signature:${requestId}:${code.trim()}`);
}

export function codeMatches(requestId: string, code: string, storedHash: string): boolean {
  const candidate = Buffer.from(hashSignatureCode(requestId, code), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return candidate.length === stored.length && timingSafeEqual(candidate, stored);
}

export const PDF_MAGIC = "%PDF-";

/** The type is read from the content, never from the name or the browser's claim. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  if (bytes.byteLength < PDF_MAGIC.length) return false;
  return Buffer.from(bytes.subarray(0, PDF_MAGIC.length)).toString("latin1") === PDF_MAGIC;
}

export const MAX_PDF_BYTES = 10 * 1024 * 1024;
