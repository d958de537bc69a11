import "server-only";
import type { TransactionClient } from "../db/create-prisma-client";
import type { NotificationDelivery, NotificationEmailState, NotificationKind } from "../generated/prisma/enums";
import { companyContactRecipients } from "../tenancy/company-contact-recipients";
import { NOTIFICATION_KINDS, type NotificationData } from "./notification-kinds";
import { deliveriesForKind } from "./notification-preferences";
import { notifyNotification } from "./notify-notification";

export interface NewNotification {
  organizationId: string;
  /** The company the source belongs to. */
  companyId: string;
  kind: NotificationKind;
  /** What it is about (an event's id, an invoice's id…): one notification per contact, kind and source. */
  sourceKey: string;
  data: NotificationData;
  /** Only these contacts (still subject to the recipients rule). */
  onlyContactIds?: string[];
}

/**
 * Writes the notification for every recipient who has not got it yet and, in the same transaction, the
 * email of those who want it at once: the unique key (contact, kind, source) with skipDuplicates makes a
 * second run — a retried job, another instance — write and email nobody twice.
 */
export async function createNotifications(tx: TransactionClient, notification: NewNotification): Promise<number> {
  const { organizationId, companyId, kind, sourceKey, data, onlyContactIds } = notification;
  const recipients = await companyContactRecipients({
    db: tx,
    organizationId,
    companyId,
    section: NOTIFICATION_KINDS[kind].section,
    onlyContactIds,
  });
  if (recipients.length === 0) return 0;
  const contactIds = recipients.map((recipient) => recipient.contactId);
  const deliveryOf = await deliveriesForKind({ db: tx, organizationId, kind, contactIds });
  const created = await tx.notification.createManyAndReturn({
    data: recipients.map((recipient) => ({
      organizationId,
      companyId,
      contactId: recipient.contactId,
      kind,
      sourceKey,
      data: { ...data },
      emailState: emailStateFor(kind, deliveryOf.get(recipient.contactId)!),
    })),
    skipDuplicates: true,
    select: { contactId: true, emailState: true },
  });
  const emailed = new Set(created.filter((row) => row.emailState === "SENT").map((row) => row.contactId));
  const to = recipients.filter((recipient) => emailed.has(recipient.contactId)).map((recipient) => recipient.email);
  if (to.length > 0) await notifyNotification({ tx, organizationId, companyId, kind, data, to });
  return created.length;
}

function emailStateFor(kind: NotificationKind, delivery: NotificationDelivery): NotificationEmailState {
  switch (delivery) {
    case "IMMEDIATE":
      return NOTIFICATION_KINDS[kind].featureEmail ? "NONE" : "SENT";
    case "DIGEST":
      return "DIGEST_PENDING";
    case "NEVER":
      return "NONE";
  }
}
