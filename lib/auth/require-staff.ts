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
import { TWO_FACTOR_ENROLMENT_PATH } from "./two-factor/enrolment-path";

export interface StaffContext {
  site: Site;
  organizationId: string;
  user: { id: string; email: string; firstName: string; lastName: string; role: StaffRole };
  sessionId: string;
  /** The staff member has an authenticator app (administrators must). */
  twoFactorEnabled: boolean;
}

/**
 * The logged-in staff member of this site's organisation, re-checked against the database on every request;
 * an administrator without an authenticator app is sent to enrol one first.
 */
export const requireStaff = cache(async (): Promise<StaffContext> => {
  const staff = await requireStaffAccount();
  if (staff.user.role === "ADMIN" && !staff.twoFactorEnabled) redirect(TWO_FACTOR_ENROLMENT_PATH);
  return staff;
});

/** requireStaff without the second-factor rule: for the enrolment page itself. */
export const requireStaffAccount = cache(async (): Promise<StaffContext> => {
  const site = await getCurrentSite();
  const identity = await getSessionIdentity(site);
  if (!identity) redirect("/login");
  if (identity.kind !== "STAFF") redirect("/");

  const user = await db.user.findFirst({
    where: liveSessionUserWhere(identity, site),
    select: {
      id: true,
      email: true,
      firstName: true,
      lastName: true,
      staffRole: true,
      totp: { select: { userId: true } },
      ...sessionLastSeenSelect(identity),
    },
  });
  if (!user?.staffRole) redirect("/login?expired=1");
  await touchSession({ sessionId: identity.sessionId, lastSeenAt: user.sessions[0].lastSeenAt });
  const { sessions: _sessions, staffRole, totp, ...profile } = user;
  return {
    site,
    organizationId: site.organization.id,
    user: { ...profile, role: staffRole },
    sessionId: identity.sessionId,
    twoFactorEnabled: totp !== null,
  };
});
