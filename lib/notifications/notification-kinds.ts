import type { NotificationDelivery, NotificationKind } from "../generated/prisma/enums";
import type { ContactSection } from "../tenancy/contact-permissions";

export interface NotificationKindRule {
  /** The email choice of a contact who has not chosen. */
  defaultDelivery: NotificationDelivery;
  /**
   * The feature sends its own email of this kind, so "immediately" adds no second one. "preference": that
   * email goes through featureEmailRecipients, so the contact's choice decides it (immediately: the feature's
   * email; digest: the daily digest instead; never: none, the notification stays in the extranet).
   * "transactional": it goes whatever the choice — the signature request carries the signing link the
   * signer needs; the choice then only adds the digest's line.
   */
  featureEmail?: "preference" | "transactional";
  /** The extranet section it is about: only the contacts whose role opens it hear of it. */
  section: ContactSection;
}

/** Every kind of notification, in the order the preferences and the list show them. */
export const NOTIFICATION_KINDS: Record<NotificationKind, NotificationKindRule> = {
  DOCUMENT_TO_SIGN: { defaultDelivery: "IMMEDIATE", featureEmail: "transactional", section: "signatures" },
  INVOICE_ISSUED: { defaultDelivery: "IMMEDIATE", section: "invoices" },
  INVOICE_OVERDUE: { defaultDelivery: "IMMEDIATE", section: "invoices" },
  ORDER_DECIDED: { defaultDelivery: "IMMEDIATE", featureEmail: "preference", section: "catalogue" },
  TICKET_ANSWERED: { defaultDelivery: "IMMEDIATE", featureEmail: "preference", section: "quality" },
  EVALUATION_TO_ANSWER: { defaultDelivery: "IMMEDIATE", featureEmail: "preference", section: "evaluations" },
  ATTENDANCE_ISSUE: { defaultDelivery: "IMMEDIATE", section: "participants" },
  PARTICIPANTS_TO_IDENTIFY: { defaultDelivery: "IMMEDIATE", section: "placeholders" },
};

export const NOTIFICATION_KIND_LIST = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];
export const NOTIFICATION_DELIVERIES: NotificationDelivery[] = ["IMMEDIATE", "DIGEST", "NEVER"];

/** What a notification shows and links to; written by its producer, read by the list and the emails. */
export interface NotificationData {
  /** The thing it is about: a document's title, an invoice's number, an action's title… */
  subject: string;
  /** A path of the extranet. */
  href: string;
  /** A kind's extra fact: the order's decision, the participant who was absent or late, the start day. */
  detail?: string;
  status?: string;
}
