// Decrypting the session cookie costs ~1.3 ms of CPU on every request (key derivation, AES, HMAC), and the
// same cookie always decrypts to the same token. So each process keeps what it decrypted for a minute,
// never past the token's own expiry; the session row is still checked against the database on every request.

const TTL_MS = 60_000;
const MAX_ENTRIES = 2_000;

const decoded = new Map<string, { token: unknown; expiresAt: number }>();

/** The session cookies of a Cookie header (Auth.js may split a large token into `.0`, `.1`… chunks). */
export function sessionCookies(cookieHeader: string): string {
  return cookieHeader
    .split(";")
    .map((cookie) => cookie.trim())
    .filter((cookie) => cookie.split("=")[0].includes("authjs.session-token"))
    .join("; ");
}

/** `decode()`'s token for these session cookies, decrypted at most once a minute in this process. */
export async function decodedSessionToken<T extends { exp?: number } | null>(
  key: string,
  decode: () => Promise<T>,
  now = Date.now(),
): Promise<T> {
  const hit = decoded.get(key);
  if (hit && hit.expiresAt > now) return hit.token as T;
  const token = await decode();
  if (decoded.size >= MAX_ENTRIES) decoded.clear();
  decoded.set(key, { token, expiresAt: Math.min(now + TTL_MS, token?.exp ? token.exp * 1000 : Infinity) });
  return token;
}
