import type { Database } from "../db/create-prisma-client";
import { RATE_LIMITS } from "../rate-limit/limits";
import { consumeRateLimits, refundRateLimit, resetRateLimit } from "../rate-limit/rate-limit";

interface LoginSubject {
  db: Database;
  organizationId: string;
  email: string;
  /** The client's address, known behind a trusted proxy only. */
  ip: string | null;
  now?: Date;
}

// Keyed on the account *and* the address, an attacker's wrong passwords lock out only the attacker's
// address, not the holder logging in from elsewhere; the per-account limit (spread over addresses)
// is wider. Without addresses the first limit is per account, and a password reset lifts it.
const accountAndAddress = ({ organizationId, email, ip }: LoginSubject) => `${organizationId}:${email}:${ip ?? "-"}`;
const account = ({ organizationId, email }: LoginSubject) => `${organizationId}:${email}`;

/**
 * Reserves one login attempt before the password is checked (atomic: parallel guesses are counted
 * before any is verified). Refused when the account or the address has tried too often lately.
 */
export function reserveLoginAttempt(subject: LoginSubject) {
  return consumeRateLimits({
    db: subject.db,
    now: subject.now,
    limits: [
      { limit: RATE_LIMITS.loginPerAccountAndAddress, subject: accountAndAddress(subject) },
      ...(subject.ip
        ? [
            { limit: RATE_LIMITS.loginPerAccount, subject: account(subject) },
            { limit: RATE_LIMITS.loginPerAddress, subject: subject.ip },
          ]
        : []),
    ],
  });
}

/** After the right password: the account's count starts again, and the address gets its attempt back. */
export async function settleSuccessfulLogin(subject: LoginSubject): Promise<void> {
  await clearAccountLoginLimits(subject);
  if (subject.ip) await refundRateLimit({ db: subject.db, limit: RATE_LIMITS.loginPerAddress, subject: subject.ip });
}

/** The account's holder proved who they are another way (a password reset link): lift the account's limits. */
export async function clearAccountLoginLimits(subject: LoginSubject): Promise<void> {
  await resetRateLimit({ db: subject.db, limit: RATE_LIMITS.loginPerAccountAndAddress, subject: accountAndAddress(subject) });
  await resetRateLimit({
    db: subject.db,
    limit: RATE_LIMITS.loginPerAccountAndAddress,
    subject: accountAndAddress({ ...subject, ip: null }),
  });
  await resetRateLimit({ db: subject.db, limit: RATE_LIMITS.loginPerAccount, subject: account(subject) });
}
