import "server-only";
import { OrderDecisionEmail } from "@/components/email/order-decision-email";
import { getBrand } from "../branding/get-brand";
import type { TransactionClient } from "../db/create-prisma-client";
import { enqueueEmail } from "../email/enqueue-email";
import { featureEmailRecipients } from "../notifications/feature-email-recipients";

/**
 * Tells the requester that staff confirmed or declined the order, with their message: a visitor always
 * (no extranet, no preferences), a contact when their "order decided" choice is "immediately"
 * (featureEmailRecipients).
 */
export async function notifyOrderDecision({
  tx,
  organizationId,
  order,
  decision,
  message,
}: {
  tx: TransactionClient;
  organizationId: string;
  order: { number: string; companyId: string | null; contactId: string | null; requesterName: string | null; requesterEmail: string };
  decision: "confirm" | "decline";
  message?: string;
}): Promise<void> {
  const to =
    order.companyId && order.contactId
      ? (
          await featureEmailRecipients({
            db: tx,
            organizationId,
            companyId: order.companyId,
            kind: "ORDER_DECIDED",
            onlyContactIds: [order.contactId],
          })
        )[0]?.email
      : order.requesterEmail;
  if (!to) return;
  const brand = await getBrand({ db: tx, organizationId, companyId: order.companyId });
  const title = decision === "confirm" ? `Commande ${order.number} confirmée` : `Commande ${order.number} non retenue`;
  const body =
    decision === "confirm"
      ? "Vos inscriptions sont confirmées. Vous recevrez les convocations avant le début des sessions."
      : "Nous ne pouvons malheureusement pas donner suite à cette commande.";
  await enqueueEmail({
    db: tx,
    organizationId,
    template: "order-decision",
    to,
    subject: title,
    body: (
      <OrderDecisionEmail
        brand={brand}
        recipientName={order.requesterName ?? ""}
        title={title}
        body={body}
        message={message || null}
        link={order.companyId ? `${brand.baseUrl}/catalogue/commandes` : null}
      />
    ),
  });
}
