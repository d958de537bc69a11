import "server-only";
import { db } from "../db";
import { roleOpens, type RoleScope } from "../tenancy/contact-permissions";
import type { Site } from "../tenancy/site";
import { hashCalendarFeedToken } from "./calendar-feed-token";

export interface CalendarFeedOwner extends RoleScope {
  organizationId: string;
  company: { id: string; name: string };
}

/**
 * The company a feed token opens on this site's organisation, or null: unknown or revoked token, another
 * organisation's token, or a holder who lost the access (revoked, disabled, extranet switched off, or
 * no longer reaching that company, or whose role no longer opens the calendar).
 */
export async function resolveCalendarFeed({ site, token }: { site: Site; token: string }): Promise<CalendarFeedOwner | null> {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  const feed = await db.calendarFeed.findFirst({
    where: { tokenHash: hashCalendarFeedToken(token), organizationId: site.organization.id, revokedAt: null },
    select: { userId: true, company: { select: { id: true, name: true, parentId: true } } },
  });
  if (!feed) return null;
  const user = await db.user.findFirst({
    where: {
      id: feed.userId,
      organizationId: site.organization.id,
      kind: "CONTACT",
      disabledAt: null,
      organization: { extranetEnabled: true },
    },
    select: { access: { select: { id: true, status: true, role: true, companyId: true } } },
  });
  const access = user?.access;
  if (!access || access.status !== "ACTIVE" || !roleOpens(access.role, "calendar")) return null;
  if (access.companyId !== feed.company.id && access.companyId !== feed.company.parentId) return null;
  return {
    organizationId: site.organization.id,
    company: { id: feed.company.id, name: feed.company.name },
    role: access.role,
    accessId: access.id,
  };
}
