"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { contactAction } from "../actions/define-action";
import { db } from "../db";
import { companyScope } from "../tenancy/company-scope";
import { calendarFeedPath, hashCalendarFeedToken, newCalendarFeedToken } from "./calendar-feed-token";

/** Creates the user's feed for the current company (replacing any previous one) and returns its URL, shown once. */
export const createCalendarFeed = contactAction("calendar", z.object({}), async (_input, context) => {
  const token = newCalendarFeedToken();
  await db.$transaction(async (tx) => {
    await tx.calendarFeed.updateMany({
      where: { ...companyScope(context), userId: context.user.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const feed = await tx.calendarFeed.create({
      data: { ...companyScope(context), userId: context.user.id, tokenHash: hashCalendarFeedToken(token) },
    });
    await tx.auditEvent.create({
      data: {
        ...companyScope(context),
        actorUserId: context.user.id,
        action: "calendar_feed.created",
        targetType: "CalendarFeed",
        targetId: feed.id,
      },
    });
  });
  revalidatePath("/calendrier");
  return { url: calendarFeedPath(token) as string | null };
});

/** Revokes the user's feed for the current company: its URL stops answering at once. */
export const revokeCalendarFeed = contactAction("calendar", z.object({}), async (_input, context) => {
  await db.$transaction(async (tx) => {
    const { count } = await tx.calendarFeed.updateMany({
      where: { ...companyScope(context), userId: context.user.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count > 0)
      await tx.auditEvent.create({
        data: { ...companyScope(context), actorUserId: context.user.id, action: "calendar_feed.revoked", targetType: "CalendarFeed" },
      });
  });
  revalidatePath("/calendrier");
  return { url: null as string | null };
});
