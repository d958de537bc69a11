import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import type { StaffContext } from "../auth/require-staff";
import { getBrand } from "../branding/get-brand";
import { enqueueEmail } from "../email/enqueue-email";
import { OrderDecisionEmail } from "@/components/email/order-decision-email";
import type { IntraStatus } from "./list-intra-requests";

const STATUS_LABELS: Record<IntraStatus, string> = {
  RECEIVED: "reçue",
  IN_STUDY: "à l’étude",
  PROPOSAL_SENT: "proposition envoyée",
  ACCEPTED: "acceptée",
  DECLINED: "déclinée",
};

/** Staff move an INTRA request along and write to the requester; the email carries the message. */
export async function updateIntraRequest({
  staff,
  requestId,
  status,
  message,
}: {
  staff: Pick<StaffContext, "organizationId" | "user">;
  requestId: string;
  status: IntraStatus;
  message?: string;
}): Promise<void> {
  const organizationId = staff.organizationId;
  await db.$transaction(async (tx) => {
    const request = await tx.intraRequest.findFirst({
      where: { organizationId, id: requestId },
      select: { id: true, companyId: true, requesterName: true, requesterEmail: true, module: { select: { title: true } } },
    });
    if (!request) notFound();
    await tx.intraRequest.update({ where: { id: request.id }, data: { status, staffMessage: message || null } });
    await tx.auditEvent.create({
      data: {
        organizationId,
        companyId: request.companyId,
        actorUserId: staff.user.id,
        action: "intra_request.updated",
        targetType: "IntraRequest",
        targetId: request.id,
        metadata: { status },
      },
    });
    if (request.requesterEmail) {
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
            body={`Votre demande de session INTRA « ${request.module.title} » est maintenant : ${STATUS_LABELS[status]}.`}
            message={message || null}
            link={request.companyId ? `${brand.baseUrl}/catalogue/commandes` : null}
          />
        ),
      });
    }
  });
}
