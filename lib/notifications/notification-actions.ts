"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { contactAction } from "../actions/define-action";
import { db } from "../db";
import { NOTIFICATION_DELIVERIES, NOTIFICATION_KIND_LIST } from "./notification-kinds";

const oneNotification = z.object({ notificationId: z.string().min(1).max(40) });
const preferences = z.object(
  Object.fromEntries(NOTIFICATION_KIND_LIST.map((kind) => [kind, z.enum(NOTIFICATION_DELIVERIES, { error: "invalid_choice" })])) as Record<
    (typeof NOTIFICATION_KIND_LIST)[number],
    z.ZodEnum<{ IMMEDIATE: "IMMEDIATE"; DIGEST: "DIGEST"; NEVER: "NEVER" }>
  >,
);

/** Marks one of the contact's own notifications read; anyone else's id (another contact, company or organisation) is not found. */
export const markNotificationReadAction = contactAction("notifications", oneNotification, async ({ notificationId }, contact) => {
  const marked = await db.notification.updateMany({
    where: { id: notificationId, organizationId: contact.organizationId, contactId: contact.contactId },
    data: { readAt: new Date() },
  });
  if (marked.count === 0) return { status: "error", formError: "notification_not_found" } as const;
  revalidatePath("/notifications");
});

/** Marks every unread notification of the contact read. */
export const markAllNotificationsReadAction = contactAction("notifications", z.object({}), async (_input, contact) => {
  await db.notification.updateMany({
    where: { organizationId: contact.organizationId, contactId: contact.contactId, readAt: null },
    data: { readAt: new Date() },
  });
  revalidatePath("/notifications");
});

/** The contact's email choice per kind (immediately, daily digest, never). */
export const saveNotificationPreferencesAction = contactAction("account", preferences, async (input, contact) => {
  await db.$transaction(async (tx) => {
    for (const kind of NOTIFICATION_KIND_LIST)
      await tx.notificationPreference.upsert({
        where: { contactId_kind: { contactId: contact.contactId, kind } },
        create: { organizationId: contact.organizationId, contactId: contact.contactId, kind, delivery: input[kind] },
        update: { delivery: input[kind] },
      });
  });
  return "notification_preferences_saved";
});
