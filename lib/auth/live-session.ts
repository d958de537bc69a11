import type { Site } from "../tenancy/site";
import type { SessionIdentity } from "./session-identity";

/**
 * The `where` of the user behind a session that is still live on this site: an enabled account of the
 * site's organisation, and a session row made on this very host, neither ended nor expired. Spread into
 * the one user query of requireContact and requireStaff, so checking the session costs no extra query.
 */
export function liveSessionUserWhere(identity: SessionIdentity, site: Site, now = new Date()) {
  return {
    id: identity.userId,
    organizationId: site.organization.id,
    kind: identity.kind,
    disabledAt: null,
    sessions: { some: { id: identity.sessionId, host: site.hostname, endedAt: null, expiresAt: { gt: now } } },
  };
}

/** Selects the session's last-seen time alongside the user, for touchSession. */
export function sessionLastSeenSelect(identity: SessionIdentity) {
  return { sessions: { where: { id: identity.sessionId }, select: { lastSeenAt: true }, take: 1 } };
}
