import "server-only";
import { OrderDecisionEmail } from "@/components/email/order-decision-email";
import { OrderNotificationEmail } from "@/components/email/order-notification-email";
import { getBrand } from "../branding/get-brand";
import type { TransactionClient } from "../db/create-prisma-client";
import { enqueueEmail } from "../email/enqueue-email";
import type { IntraStatus } from "./list-intra-requests";

const STATUS_LABELS: Record<IntraStatus, string> = {
  RECEIVED: "reçue",
  IN_STUDY: "à l’étude",
  PROPOSAL_SENT: "proposition envoyée",
  ACCEPTED: "acceptée",
  DECLINED: "déclinée",
};

/**
 * A new INTRA request: the requester's acknowledgement (with the extranet's orders page for a contact),
 * and the organisation's notice at its own address when it has one.
 */
export async function notifyIntraRequestReceived({
  tx,
  organizationId,
  companyId,
  requester,
  moduleTitle,
  details,
}: {
  tx: TransactionClient;
  organizationId: string;
  /** The contact's company; null for a visitor. */
  companyId: string | null;
  requester: { name: string; email: string; company: string | null };
  moduleTitle: string;
  details: { participantCount: number; desiredPeriod?: string; desiredLocation?: string; remarks?: string };
}): Promise<void> {
  const brand = await getBrand({ db: tx, organizationId, companyId });
  await enqueueEmail({
    db: tx,
    organizationId,
    template: "order-intra-received",
    to: requester.email,
    subject: `Votre demande d’INTRA : ${moduleTitle}`,
    body: (
      <OrderDecisionEmail
        brand={brand}
        recipientName={requester.name}
        title="Demande d’INTRA reçue"
        body={`Nous avons bien reçu votre demande de session INTRA « ${moduleTitle} » pour ${details.participantCount} participant(s). Nous l’étudions et revenons vers vous.`}
        message={null}
        link={companyId ? `${brand.baseUrl}/catalogue/commandes` : null}
      />
    ),
  });
  const organization = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { email: true } });
  if (!organization.email) return;
  const orgBrand = await getBrand({ db: tx, organizationId });
  await enqueueEmail({
    db: tx,
    organizationId,
    template: "order-notification",
    to: organization.email,
    subject: `Demande d’INTRA — ${requester.company ?? requester.name}`,
    body: (
      <OrderNotificationEmail
        brand={orgBrand}
        title={`Demande d’INTRA : ${moduleTitle}`}
        from={`${requester.name} <${requester.email}>${requester.company ? ` (${requester.company})` : ""}`}
        details={[
          `${details.participantCount} participant(s)`,
          details.desiredPeriod ?? "",
          details.desiredLocation ?? "",
          details.remarks ?? "",
        ].filter(Boolean)}
        link={`${orgBrand.baseUrl}/admin/commandes`}
      />
    ),
  });
}

/** Staff moved an INTRA request along: the requester (when their address is known) learns its new status, with staff's message. */
export async function notifyIntraRequestUpdated({
  tx,
  organizationId,
  request,
  status,
  message,
}: {
  tx: TransactionClient;
  organizationId: string;
  request: { companyId: string | null; requesterName: string | null; requesterEmail: string | null; moduleTitle: string };
  status: IntraStatus;
  message?: string;
}): Promise<void> {
  if (!request.requesterEmail) return;
  const brand = await getBrand({ db: tx, organizationId, companyId: request.companyId });
  const title = `Votre demande d’INTRA : ${STATUS_LABELS[status]}`;
  await enqueueEmail({
    db: tx,
    organizationId,
    template: "order-intra-update",
    to: request.requesterEmail,
    subject: title,
    body: (
      <OrderDecisionEmail
        brand={brand}
        recipientName={request.requesterName ?? ""}
        title={title}
        body={`Votre demande de session INTRA « ${request.moduleTitle} » est maintenant : ${STATUS_LABELS[status]}.`}
        message={message || null}
        link={request.companyId ? `${brand.baseUrl}/catalogue/commandes` : null}
      />
    ),
  });
}
