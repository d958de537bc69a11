import type { NotificationDelivery, NotificationKind } from "../generated/prisma/enums";
import type { ContactSection } from "../tenancy/contact-permissions";

export interface NotificationKindRule {
  /** The email choice of a contact who has not chosen. */
  defaultDelivery: NotificationDelivery;
  /**
   * The feature already emails the concerned contact at once (the signature link, the ticket's thread, the
   * order's answer, the questionnaire): "immediately" then adds no second email; the digest still lists it.
   */
  featureEmails: boolean;
  /** The extranet section it is about: only the contacts whose role opens it hear of it. */
  section: ContactSection;
}

/** Every kind of notification, in the order the preferences and the list show them. */
export const NOTIFICATION_KINDS: Record<NotificationKind, NotificationKindRule> = {
  DOCUMENT_TO_SIGN: { defaultDelivery: "IMMEDIATE", featureEmails: true, section: "signatures" },
  INVOICE_ISSUED: { defaultDelivery: "IMMEDIATE", featureEmails: false, section: "invoices" },
  INVOICE_OVERDUE: { defaultDelivery: "IMMEDIATE", featureEmails: false, section: "invoices" },
  ORDER_DECIDED: { defaultDelivery: "IMMEDIATE", featureEmails: true, section: "catalogue" },
  TICKET_ANSWERED: { defaultDelivery: "IMMEDIATE", featureEmails: true, section: "quality" },
  EVALUATION_TO_ANSWER: { defaultDelivery: "DIGEST", featureEmails: true, section: "evaluations" },
  ATTENDANCE_ISSUE: { defaultDelivery: "IMMEDIATE", featureEmails: false, section: "participants" },
  PARTICIPANTS_TO_IDENTIFY: { defaultDelivery: "IMMEDIATE", featureEmails: false, section: "placeholders" },
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
