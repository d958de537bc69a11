import { randomBytes } from "node:crypto";
import type { Database } from "../db/create-prisma-client";

/** A session lasts this long after login, whatever happens to the cookie. */
export const SESSION_MAX_AGE_MS = 12 * 60 * 60_000;
/** Ended or expired sessions stay listed (for the account page and audits) this long, then go. */
const KEEP_PAST_SESSIONS_MS = 30 * 24 * 60 * 60_000;

/**
 * Records a new signed-in session of `userId` on `host`; the returned id is all the session cookie carries.
 * The user's sessions that ended long ago are deleted on the way, so the table does not grow without end.
 */
export async function startSession({
  db,
  organizationId,
  userId,
  host,
  ip = null,
  userAgent = null,
  now = new Date(),
}: {
  db: Database;
  organizationId: string;
  userId: string;
  host: string;
  ip?: string | null;
  userAgent?: string | null;
  now?: Date;
}): Promise<string> {
  const id = randomBytes(16).toString("base64url");
  await db.authSession.deleteMany({ where: { userId, expiresAt: { lt: new Date(now.getTime() - KEEP_PAST_SESSIONS_MS) } } });
  await db.authSession.create({
    data: {
      id,
      organizationId,
      userId,
      host,
      ip,
      userAgent: userAgent?.slice(0, 500) ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_MS),
    },
  });
  return id;
}
