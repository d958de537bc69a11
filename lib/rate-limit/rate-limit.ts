import { createHash } from "node:crypto";
import type { Database } from "../db/create-prisma-client";

/** A fixed-window limit: at most `limit` hits per subject in each window of `windowMs`. */
export interface RateLimit {
  /** Part of the key, so two limits on the same subject never share a counter. */
  name: string;
  limit: number;
  windowMs: number;
}

export interface RateLimitVerdict {
  allowed: boolean;
  /** When the subject may try again (0 when allowed). */
  retryAfterMs: number;
}

// Expired counters are deleted now and then by whichever request happens by (no scheduler needed).
const PRUNE_PROBABILITY = 0.01;

/** SHA-256 of the limit and subject: the table holds no email address or IP. */
function counterKey(limit: RateLimit, subject: string): string {
  return createHash("sha256").update(`${limit.name}\u0000${subject}`).digest("hex");
}

/**
 * Counts one hit for `subject` and says whether it is within `limit`. One INSERT … ON CONFLICT statement
 * in PostgreSQL, so it is atomic across requests and app instances: counted before the work it guards,
 * parallel requests cannot all slip under the limit.
 */
export async function consumeRateLimit({
  db,
  limit,
  subject,
  now = new Date(),
}: {
  db: Database;
  limit: RateLimit;
  subject: string;
  now?: Date;
}): Promise<RateLimitVerdict> {
  const key = counterKey(limit, subject);
  const nextReset = new Date(now.getTime() + limit.windowMs);
  const [counter] = await db.$queryRaw<{ hits: number; resetAt: Date }[]>`
    INSERT INTO "RateLimitCounter" ("key", "hits", "resetAt") VALUES (${key}, 1, ${nextReset})
    ON CONFLICT ("key") DO UPDATE SET
      "hits" = CASE WHEN "RateLimitCounter"."resetAt" <= ${now} THEN 1 ELSE LEAST("RateLimitCounter"."hits", 1000000) + 1 END,
      "resetAt" = CASE WHEN "RateLimitCounter"."resetAt" <= ${now} THEN ${nextReset} ELSE "RateLimitCounter"."resetAt" END
    RETURNING "hits", "resetAt"`;
  if (Math.random() < PRUNE_PROBABILITY) await db.rateLimitCounter.deleteMany({ where: { resetAt: { lt: now } } });
  const allowed = counter.hits <= limit.limit;
  // Clamped to the window: a parallel hit that read its clock a little later may have opened the window.
  const untilReset = Math.min(limit.windowMs, Math.max(0, new Date(counter.resetAt).getTime() - now.getTime()));
  return { allowed, retryAfterMs: allowed ? 0 : untilReset };
}

/**
 * Counts a hit against every limit (all are counted, even after one refuses); allowed only if all allow.
 * One after the other: a handful of statements, and no burst of parallel queries on one request.
 */
export async function consumeRateLimits({
  db,
  limits,
  now = new Date(),
}: {
  db: Database;
  limits: { limit: RateLimit; subject: string }[];
  now?: Date;
}): Promise<RateLimitVerdict> {
  const verdicts: RateLimitVerdict[] = [];
  for (const { limit, subject } of limits) verdicts.push(await consumeRateLimit({ db, limit, subject, now }));
  const refused = verdicts.filter((verdict) => !verdict.allowed);
  return { allowed: refused.length === 0, retryAfterMs: Math.max(0, ...refused.map((verdict) => verdict.retryAfterMs)) };
}

/** Forgets the subject's count (e.g. a successful login clears its failures). */
export async function resetRateLimit({ db, limit, subject }: { db: Database; limit: RateLimit; subject: string }): Promise<void> {
  await db.rateLimitCounter.deleteMany({ where: { key: counterKey(limit, subject) } });
}

/** Gives back a hit that turned out not to count (e.g. a successful login against the per-address limit). */
export async function refundRateLimit({ db, limit, subject }: { db: Database; limit: RateLimit; subject: string }): Promise<void> {
  await db.rateLimitCounter.updateMany({ where: { key: counterKey(limit, subject), hits: { gt: 0 } }, data: { hits: { decrement: 1 } } });
}
