import type { Database, TransactionClient } from "../db/create-prisma-client";
import type { SessionEndReason } from "../generated/prisma/enums";

/** Ends one session (logout, or "end this session" from the account page): its cookie stops working at once. */
export async function endSession({
  db,
  sessionId,
  userId,
  reason,
  now = new Date(),
}: {
  db: Database | TransactionClient;
  sessionId: string;
  userId: string;
  reason: SessionEndReason;
  now?: Date;
}): Promise<void> {
  await db.authSession.updateMany({ where: { id: sessionId, userId, endedAt: null }, data: { endedAt: now, endReason: reason } });
}

/** Ends every open session of a user (password changed or reset, access cut or renewed), at their next request. */
export async function endUserSessions({
  db,
  userId,
  reason,
  now = new Date(),
}: {
  db: Database | TransactionClient;
  userId: string;
  reason: SessionEndReason;
  now?: Date;
}): Promise<void> {
  await db.authSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: now, endReason: reason } });
}
