import { createHash, randomBytes } from "node:crypto";

/** A fresh link token (256 bits, base64url) and the SHA-256 hex digest that is the only thing stored. */
export function newSecretToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
