import { authenticator } from "otplib";

/** 30-second steps, 6 digits, SHA-1: what every authenticator app reads from an otpauth:// QR code. */
const STEP_SECONDS = 30;

export function newTotpSecret(): string {
  return authenticator.generateSecret(20);
}

/** The otpauth:// address the QR code carries: the app shows the organisation's name and the login. */
export function totpUri({ secret, account, issuer }: { secret: string; account: string; issuer: string }): string {
  return authenticator.keyuri(account, issuer, secret);
}

/** The current code of `secret` (for tests and the demo). */
export function totpCode(secret: string, now = new Date()): string {
  return authenticator.clone({ epoch: now.getTime() }).generate(secret);
}

/**
 * The time step `code` belongs to when it is right for `secret` now (one step of clock drift either way),
 * else null. The caller accepts each step once, so a code cannot be replayed.
 */
export function matchingTotpStep(code: string, secret: string, now = new Date()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = authenticator.clone({ epoch: now.getTime(), window: 1 }).checkDelta(code, secret);
  return delta === null ? null : Math.floor(now.getTime() / 1000 / STEP_SECONDS) + delta;
}
