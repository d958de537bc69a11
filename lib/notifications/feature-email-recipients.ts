import "server-only";
import type { Database, TransactionClient } from "../db/create-prisma-client";
import type { NotificationKind } from "../generated/prisma/enums";
import { companyContactRecipients } from "../tenancy/company-contact-recipients";
import { NOTIFICATION_KINDS } from "./notification-kinds";
import { deliveriesForKind } from "./notification-preferences";

/**
 * The one gate of a feature's own email of a notification kind (featureEmail "preference": the ticket's
 * answer, the order's decision, the questionnaire to answer): the kind's recipients rule (active access to
 * this company, a role that opens the kind's section, optionally the named contacts), narrowed to those
 * whose choice for the kind is "immediately". "Daily digest" folds the news into the digest instead (the
 * kind's notification waits for it), "never" leaves the in-app notification alone.
 */
export async function featureEmailRecipients({
  db,
  organizationId,
  companyId,
  kind,
  onlyContactIds,
}: {
  db: Database | TransactionClient;
  organizationId: string;
  companyId: string;
  kind: NotificationKind;
  onlyContactIds?: string[];
}): Promise<{ contactId: string; email: string }[]> {
  if (NOTIFICATION_KINDS[kind].featureEmail !== "preference")
    throw new Error(`${kind}: its feature's email does not follow the preference`);
  const recipients = await companyContactRecipients({
    db,
    organizationId,
    companyId,
    section: NOTIFICATION_KINDS[kind].section,
    onlyContactIds,
  });
  const deliveries = await deliveriesForKind({ db, organizationId, kind, contactIds: recipients.map((recipient) => recipient.contactId) });
  return recipients.filter((recipient) => deliveries.get(recipient.contactId) === "IMMEDIATE");
}
