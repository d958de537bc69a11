import { seal, unseal } from "../../crypto/sealed-box";

/** A cookie value only this app can make and read (AES-GCM under AUTH_SECRET, one purpose each), expiring at `expiresAt`. */
export function sealCookie<T extends object>(purpose: string, payload: T, expiresAt: Date): string {
  return seal(JSON.stringify({ ...payload, exp: expiresAt.getTime() }), purpose);
}

/** The payload of a cookie made by sealCookie for `purpose`, or null when forged, altered or expired. */
export function openCookie<T extends object>(purpose: string, value: string | undefined, now = new Date()): T | null {
  if (!value) return null;
  try {
    const payload = JSON.parse(unseal(value, purpose)) as T & { exp: number };
    return payload.exp > now.getTime() ? payload : null;
  } catch {
    return null;
  }
}
