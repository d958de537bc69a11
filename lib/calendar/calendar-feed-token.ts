import { createHash, randomBytes } from "node:crypto";

/** A fresh secret for a feed URL (256 bits, URL-safe); only its hash is stored. */
export function newCalendarFeedToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashCalendarFeedToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The feed's path on the company's extranet host (proxy.ts lets /api/* through with the resolved site). */
export function calendarFeedPath(token: string): string {
  return `/api/calendrier/${token}.ics`;
}
