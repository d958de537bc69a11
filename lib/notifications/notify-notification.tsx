import "server-only";
import { NotificationEmail } from "@/components/email/notification-email";
import { getBrand } from "../branding/get-brand";
import type { TransactionClient } from "../db/create-prisma-client";
import { enqueueEmail } from "../email/enqueue-email";
import type { NotificationKind } from "../generated/prisma/enums";
import type { NotificationData } from "./notification-kinds";
import { frenchNotificationText } from "./notification-text";

/** Where every notification email sends the contact to choose what they get by email. */
export const PREFERENCES_PATH = "/compte#notifications";

/** The email of one notification, to each recipient, queued with the notifications in `tx`. */
export async function notifyNotification({
  tx,
  organizationId,
  companyId,
  kind,
  data,
  to,
}: {
  tx: TransactionClient;
  organizationId: string;
  companyId: string;
  kind: NotificationKind;
  data: NotificationData;
  to: string[];
}) {
  const brand = await getBrand({ db: tx, organizationId, companyId });
  const text = frenchNotificationText(kind, data);
  for (const address of to) {
    await enqueueEmail({
      db: tx,
      organizationId,
      template: `notification-${kind.toLowerCase().replaceAll("_", "-")}`,
      to: address,
      subject: text,
      body: (
        <NotificationEmail
          brand={brand}
          headline={text}
          items={[{ text, href: `${brand.baseUrl}${data.href}` }]}
          preferencesUrl={`${brand.baseUrl}${PREFERENCES_PATH}`}
        />
      ),
    });
  }
}

/** One contact's daily digest: the notifications of the day that they asked to get grouped. */
export async function notifyDigest({
  tx,
  organizationId,
  companyId,
  to,
  items,
}: {
  tx: TransactionClient;
  organizationId: string;
  /** The contact's own company, for the branding and the address of the links. */
  companyId: string;
  to: string;
  items: { kind: NotificationKind; data: NotificationData }[];
}) {
  const brand = await getBrand({ db: tx, organizationId, companyId });
  const headline = `Votre résumé du jour : ${items.length} notification${items.length > 1 ? "s" : ""}`;
  await enqueueEmail({
    db: tx,
    organizationId,
    template: "notification-digest",
    to,
    subject: headline,
    body: (
      <NotificationEmail
        brand={brand}
        headline={headline}
        items={items.map((item) => ({ text: frenchNotificationText(item.kind, item.data), href: `${brand.baseUrl}${item.data.href}` }))}
        preferencesUrl={`${brand.baseUrl}${PREFERENCES_PATH}`}
      />
    ),
  });
}
