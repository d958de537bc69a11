import "server-only";
import { db } from "../db";
import type { ContactContext } from "../auth/require-contact";
import { companyScope } from "../tenancy/company-scope";

/** Whether the user has a live feed for the current company (its URL cannot be shown again: only the hash is kept). */
export async function hasCalendarFeed({ context }: { context: ContactContext }): Promise<boolean> {
  return (await db.calendarFeed.count({ where: { ...companyScope(context), userId: context.user.id, revokedAt: null } })) > 0;
}
