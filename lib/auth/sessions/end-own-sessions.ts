import type { Database } from "../../db/create-prisma-client";

interface Owner {
  db: Database;
  organizationId: string;
  userId: string;
  now?: Date;
}

/** Ends one of the user's own live sessions; another user's session id ends nothing and answers false ("not found"). */
export async function endOwnSession({ db, organizationId, userId, sessionId, now = new Date() }: Owner & { sessionId: string }) {
  const { count } = await db.authSession.updateMany({
    where: { id: sessionId, organizationId, userId, endedAt: null },
    data: { endedAt: now, endReason: "ENDED_BY_USER" },
  });
  if (count > 0) await audit({ db, organizationId, userId, action: "account.session_ended" });
  return count > 0;
}

/** Ends every live session of the user but the one making the request; returns how many ended. */
export async function endOtherSessions({
  db,
  organizationId,
  userId,
  currentSessionId,
  now = new Date(),
}: Owner & { currentSessionId: string }) {
  const { count } = await db.authSession.updateMany({
    where: { organizationId, userId, endedAt: null, id: { not: currentSessionId } },
    data: { endedAt: now, endReason: "ENDED_BY_USER" },
  });
  if (count > 0) await audit({ db, organizationId, userId, action: "account.other_sessions_ended" });
  return count;
}

function audit({ db, organizationId, userId, action }: { db: Database; organizationId: string; userId: string; action: string }) {
  return db.auditEvent.create({ data: { organizationId, actorUserId: userId, action, targetType: "User", targetId: userId } });
}
