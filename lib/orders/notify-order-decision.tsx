import "server-only";
import { OrderDecisionEmail } from "@/components/email/order-decision-email";
import { getBrand } from "../branding/get-brand";
import type { TransactionClient } from "../db/create-prisma-client";
import { enqueueEmail } from "../email/enqueue-email";

/** Tells the requester (contact or visitor) that staff confirmed or declined the order, with their message. */
export async function notifyOrderDecision({
  tx,
  organizationId,
  order,
  decision,
  message,
}: {
  tx: TransactionClient;
  organizationId: string;
  order: { number: string; companyId: string | null; requesterName: string | null; requesterEmail: string };
  decision: "confirm" | "decline";
  message?: string;
}): Promise<void> {
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
    to: order.requesterEmail,
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
