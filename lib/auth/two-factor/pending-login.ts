import { openCookie, sealCookie } from "./signed-cookie";

/** Holds a login whose password was right while it waits for the second factor; it is no session. */
export const PENDING_LOGIN_COOKIE = "passerelle-pending-login";
export const PENDING_LOGIN_MAX_AGE_MS = 10 * 60_000;
const PURPOSE = "pending-login";

export interface PendingLogin {
  userId: string;
  organizationId: string;
  host: string;
}

export function sealPendingLogin(pending: PendingLogin, now = new Date()): string {
  return sealCookie(PURPOSE, pending, new Date(now.getTime() + PENDING_LOGIN_MAX_AGE_MS));
}

/** The pending login of this cookie if it was made on this very host and has not expired. */
export function openPendingLogin(value: string | undefined, host: string, now = new Date()): PendingLogin | null {
  const pending = openCookie<PendingLogin>(PURPOSE, value, now);
  return pending?.host === host ? pending : null;
}
