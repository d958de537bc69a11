import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "../db";
import type { StaffRole } from "../generated/prisma/enums";
import { getCurrentSite } from "../tenancy/get-current-site";
import type { Site } from "../tenancy/site";
import { getSessionIdentity } from "./get-session-identity";

export interface StaffContext {
  site: Site;
  organizationId: string;
  user: { id: string; email: string; firstName: string; lastName: string; role: StaffRole };
}

/** The logged-in staff member of this site's organisation, re-checked against the database on every request. */
export const requireStaff = cache(async (): Promise<StaffContext> => {
  const site = await getCurrentSite();
  const identity = await getSessionIdentity(site);
  if (!identity) redirect("/login");
  if (identity.kind !== "STAFF") redirect("/");

  const user = await db.user.findFirst({
    where: {
      id: identity.userId,
      organizationId: site.organization.id,
      kind: "STAFF",
      disabledAt: null,
      sessionVersion: identity.sessionVersion,
    },
    select: { id: true, email: true, firstName: true, lastName: true, staffRole: true },
  });
  if (!user?.staffRole) redirect("/login?expired=1");
  return { site, organizationId: site.organization.id, user: { ...user, role: user.staffRole } };
});
