import "server-only";
import { db } from "../db";
import type { NotificationData } from "./notification-kinds";
import { notifyDigest } from "./notify-notification";

const CONTACTS_PER_RUN = 1_000;

/**
 * The "send-notification-digests" job (cron, daily): each contact's notifications waiting for the digest
 * go out in one email. Each contact's batch is claimed by a conditional update (DIGEST_PENDING →
 * DIGESTED) in the transaction that queues the email, so two runs at once send it once. A contact whose
 * access was revoked (or account disabled) meanwhile gets nothing: the claim still empties the queue.
 */
export async function sendNotificationDigests(_payload: object = {}, { now = new Date() }: { now?: Date } = {}): Promise<{ sent: number }> {
  const waiting = await db.notification.groupBy({
    by: ["organizationId", "contactId"],
    where: { emailState: "DIGEST_PENDING", createdAt: { lte: now } },
    orderBy: [{ organizationId: "asc" }, { contactId: "asc" }],
    take: CONTACTS_PER_RUN,
  });
  let sent = 0;
  for (const { organizationId, contactId } of waiting)
    sent += await db.$transaction(async (tx) => {
      const claimed = await tx.notification.updateManyAndReturn({
        where: { organizationId, contactId, emailState: "DIGEST_PENDING", createdAt: { lte: now } },
        data: { emailState: "DIGESTED" },
        select: { kind: true, data: true, createdAt: true },
      });
      const access = await tx.extranetAccess.findFirst({
        where: { organizationId, contactId, status: "ACTIVE", user: { disabledAt: null } },
        select: { companyId: true, user: { select: { email: true } } },
      });
      if (claimed.length === 0 || !access?.user) return 0;
      claimed.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
      await notifyDigest({
        tx,
        organizationId,
        companyId: access.companyId,
        to: access.user.email,
        items: claimed.map((row) => ({ kind: row.kind, data: row.data as unknown as NotificationData })),
      });
      return 1;
    });
  return { sent };
}
