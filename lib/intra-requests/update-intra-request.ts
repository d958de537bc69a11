import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import type { StaffContext } from "../auth/require-staff";
import type { IntraStatus } from "./list-intra-requests";
import { notifyIntraRequestUpdated } from "./notify-intra-request";

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
    await notifyIntraRequestUpdated({
      tx,
      organizationId,
      request: { ...request, moduleTitle: request.module.title },
      status,
      message,
    });
  });
}
