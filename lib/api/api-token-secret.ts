import { createHash, randomBytes } from "node:crypto";

// An API token is "pst_" + 32 random bytes (base64url), shown once; the database keeps its SHA-256 and
// its first characters (to tell tokens apart), never the token.
const PREFIX = "pst_";

export function newApiTokenSecret(): { token: string; prefix: string; tokenHash: string } {
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, prefix: token.slice(0, PREFIX.length + 6), tokenHash: hashApiToken(token) };
}

export const hashApiToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const looksLikeApiToken = (value: string) => /^pst_[A-Za-z0-9_-]{43}$/.test(value);
