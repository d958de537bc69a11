import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "../db";
import type { StaffRole } from "../generated/prisma/enums";
import { getCurrentSite } from "../tenancy/get-current-site";
import type { Site } from "../tenancy/site";
import { getSessionIdentity } from "./get-session-identity";
import { liveSessionUserWhere, sessionLastSeenSelect } from "./live-session";
import { touchSession } from "./touch-session";

export interface StaffContext {
  site: Site;
  organizationId: string;
  user: { id: string; email: string; firstName: string; lastName: string; role: StaffRole };
  sessionId: string;
}

/** The logged-in staff member of this site's organisation, re-checked against the database on every request. */
export const requireStaff = cache(async (): Promise<StaffContext> => {
  const site = await getCurrentSite();
  const identity = await getSessionIdentity(site);
  if (!identity) redirect("/login");
  if (identity.kind !== "STAFF") redirect("/");

  const user = await db.user.findFirst({
    where: liveSessionUserWhere(identity, site),
    select: { id: true, email: true, firstName: true, lastName: true, staffRole: true, ...sessionLastSeenSelect(identity) },
  });
  if (!user?.staffRole) redirect("/login?expired=1");
  await touchSession({ sessionId: identity.sessionId, lastSeenAt: user.sessions[0].lastSeenAt });
  const { sessions: _sessions, staffRole, ...profile } = user;
  return { site, organizationId: site.organization.id, user: { ...profile, role: staffRole }, sessionId: identity.sessionId };
});
