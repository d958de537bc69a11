import "server-only";
import { sessionCookieIdentity } from "./auth";
import type { Site } from "../tenancy/site";
import type { SessionIdentity } from "./session-identity";

/**
 * The session's identity if its cookie was made on this very host and organisation (tenancy rules 5 and
 * 6) and names a session row; whether that row is still live is checked with the user (live-session.ts).
 */
export async function getSessionIdentity(site: Site): Promise<SessionIdentity | null> {
  const identity = await sessionCookieIdentity();
  if (!identity?.sessionId || identity.host !== site.hostname || identity.organizationId !== site.organization.id) return null;
  return identity;
}
