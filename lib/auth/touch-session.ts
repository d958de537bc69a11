import "server-only";
import { headers } from "next/headers";
import { db } from "../db";
import { clientIp } from "../http/trusted-proxy";

/** Last-seen times are written at most this often per session: one write per few minutes, not per request. */
export const LAST_SEEN_EVERY_MS = 5 * 60_000;

/** Records that the session is in use (time, address, browser), when its last record is old enough. */
export async function touchSession({ sessionId, lastSeenAt, now = new Date() }: { sessionId: string; lastSeenAt: Date; now?: Date }) {
  const staleBefore = new Date(now.getTime() - LAST_SEEN_EVERY_MS);
  if (lastSeenAt > staleBefore) return;
  const requestHeaders = await headers();
  await db.authSession.updateMany({
    where: { id: sessionId, lastSeenAt: { lt: staleBefore } },
    data: {
      lastSeenAt: now,
      ip: clientIp(requestHeaders),
      userAgent: requestHeaders.get("user-agent")?.slice(0, 500) ?? null,
    },
  });
}
