import "server-only";
import { db } from "../db";
import type { NotificationKind } from "../generated/prisma/enums";
import type { NotificationData } from "./notification-kinds";

export const NOTIFICATIONS_PER_PAGE = 20;

export interface ListedNotification {
  id: string;
  kind: NotificationKind;
  data: NotificationData;
  read: boolean;
  createdAt: Date;
}

/** The contact's own notifications, newest first, one page; a staff preview (no contact) has none. */
export async function listNotifications({
  organizationId,
  contactId,
  page,
}: {
  organizationId: string;
  contactId: string;
  page: number;
}): Promise<{ rows: ListedNotification[]; pageCount: number }> {
  if (!contactId) return { rows: [], pageCount: 1 };
  const where = { organizationId, contactId };
  const [rows, total] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATIONS_PER_PAGE,
      take: NOTIFICATIONS_PER_PAGE,
      select: { id: true, kind: true, data: true, readAt: true, createdAt: true },
    }),
    db.notification.count({ where }),
  ]);
  return {
    rows: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      data: row.data as unknown as NotificationData,
      read: row.readAt !== null,
      createdAt: row.createdAt,
    })),
    pageCount: Math.max(1, Math.ceil(total / NOTIFICATIONS_PER_PAGE)),
  };
}

/** The bell's number: one count on the (organisation, contact, readAt) index. */
export async function countUnreadNotifications({ organizationId, contactId }: { organizationId: string; contactId: string }) {
  if (!contactId) return 0;
  return db.notification.count({ where: { organizationId, contactId, readAt: null } });
}
