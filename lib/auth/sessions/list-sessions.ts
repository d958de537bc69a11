import type { Database } from "../../db/create-prisma-client";
import { describeDevice, type DeviceDescription } from "./describe-device";

export interface ListedSession {
  id: string;
  device: DeviceDescription;
  /** Where it was seen: the site's host and, behind a trusted proxy, the last address (no location lookup offline). */
  host: string;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
}

/** The user's sessions still live (neither ended nor expired), most recently seen first; only ever the user's own. */
export async function listSessions({
  db,
  organizationId,
  userId,
  currentSessionId,
  now = new Date(),
}: {
  db: Database;
  organizationId: string;
  userId: string;
  currentSessionId: string;
  now?: Date;
}): Promise<ListedSession[]> {
  const sessions = await db.authSession.findMany({
    where: { organizationId, userId, endedAt: null, expiresAt: { gt: now } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, host: true, ip: true, userAgent: true, createdAt: true, lastSeenAt: true },
  });
  return sessions
    .map(({ userAgent, ...session }) => ({ ...session, device: describeDevice(userAgent), current: session.id === currentSessionId }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}
