import { db } from "@/lib/db";
import type { SessionIdentity } from "@/lib/auth/session-identity";
import { startSession } from "@/lib/auth/start-session";
import { DEMO_LOGINS } from "@/prisma/seed/demo-accounts";

export * from "@/prisma/seed/demo-accounts";

/** The session a demo login gets when it signs in on `host` (by default the host it belongs to): a real session row. */
export async function demoIdentity(login: keyof typeof DEMO_LOGINS, host: string = DEMO_LOGINS[login].host): Promise<SessionIdentity> {
  const { email, kind } = DEMO_LOGINS[login];
  const user = await db.user.findFirstOrThrow({ where: { email, kind }, select: { id: true, organizationId: true } });
  const sessionId = await startSession({ db, organizationId: user.organizationId, userId: user.id, host });
  return { userId: user.id, kind, organizationId: user.organizationId, host, sessionId };
}
