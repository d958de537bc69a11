import "server-only";
import type { Database, TransactionClient } from "../db/create-prisma-client";
import type { NotificationDelivery, NotificationKind } from "../generated/prisma/enums";
import { NOTIFICATION_KIND_LIST, NOTIFICATION_KINDS } from "./notification-kinds";

/** The contact's email choice for every kind, the kind's default where they have not chosen. */
export async function getNotificationPreferences({
  db,
  organizationId,
  contactId,
}: {
  db: Database | TransactionClient;
  organizationId: string;
  contactId: string;
}): Promise<Record<NotificationKind, NotificationDelivery>> {
  const chosen = contactId
    ? await db.notificationPreference.findMany({ where: { organizationId, contactId }, select: { kind: true, delivery: true } })
    : [];
  const byKind = new Map(chosen.map((preference) => [preference.kind, preference.delivery]));
  return Object.fromEntries(
    NOTIFICATION_KIND_LIST.map((kind) => [kind, byKind.get(kind) ?? NOTIFICATION_KINDS[kind].defaultDelivery]),
  ) as Record<NotificationKind, NotificationDelivery>;
}

/** Each named contact's email choice for one kind, the kind's default where they have not chosen. */
export async function deliveriesForKind({
  db,
  organizationId,
  kind,
  contactIds,
}: {
  db: Database | TransactionClient;
  organizationId: string;
  kind: NotificationKind;
  contactIds: string[];
}): Promise<Map<string, NotificationDelivery>> {
  const chosen = contactIds.length
    ? await db.notificationPreference.findMany({
        where: { organizationId, kind, contactId: { in: contactIds } },
        select: { contactId: true, delivery: true },
      })
    : [];
  const byContact = new Map(chosen.map((preference) => [preference.contactId, preference.delivery]));
  return new Map(contactIds.map((contactId) => [contactId, byContact.get(contactId) ?? NOTIFICATION_KINDS[kind].defaultDelivery]));
}
