import type { Database } from "../db/create-prisma-client";

/** Failed logins allowed per account (organisation + email) and per IP address within WINDOW_MS. */
export const LOGIN_LIMITS = { perAccount: 5, perIp: 30, windowMs: 15 * 60_000 } as const;

/**
 * Whether this account or address has failed too often lately. Counted in the database, so the limit
 * holds across every app instance.
 */
export async function isLoginRateLimited({
  db,
  organizationId,
  email,
  ip,
  now = new Date(),
}: {
  db: Database;
  organizationId: string;
  email: string;
  ip: string | null;
  now?: Date;
}): Promise<boolean> {
  const windowStart = new Date(now.getTime() - LOGIN_LIMITS.windowMs);
  // A successful login resets the account's count (not the address's).
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { organizationId, email, succeeded: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const since = lastSuccess?.createdAt ?? windowStart;
  const [accountFailures, ipFailures] = await Promise.all([
    db.loginAttempt.count({ where: { organizationId, email, succeeded: false, createdAt: { gt: since } } }),
    ip ? db.loginAttempt.count({ where: { ip, succeeded: false, createdAt: { gte: windowStart } } }) : Promise.resolve(0),
  ]);
  return accountFailures >= LOGIN_LIMITS.perAccount || ipFailures >= LOGIN_LIMITS.perIp;
}
