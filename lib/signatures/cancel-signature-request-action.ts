"use server";

import { z } from "zod";
import { staffAction } from "../actions/define-action";
import { db } from "../db";

const schema = z.object({ requestId: z.string().min(1).max(40) });

/** Staff cancel a request that is not signed yet; the signer can no longer sign it. */
export const cancelSignatureRequest = staffAction<typeof schema, void>(schema, async ({ requestId }, staff) => {
  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    const request = await tx.signatureRequest.findFirst({
      where: { id: requestId, organizationId: staff.organizationId },
      select: { id: true, companyId: true, status: true },
    });
    if (!request) return "not_found" as const;
    const { count } = await tx.signatureRequest.updateMany({
      where: { id: request.id, organizationId: staff.organizationId, status: { in: ["PENDING", "VIEWED"] } },
      data: { status: "CANCELLED", cancelledAt: now, otpHash: null, otpExpiresAt: null },
    });
    if (count === 0) return "not_cancellable" as const;
    await tx.signatureEvent.create({ data: { requestId: request.id, type: "cancelled", occurredAt: now } });
    await tx.auditEvent.create({
      data: {
        organizationId: staff.organizationId,
        companyId: request.companyId,
        actorUserId: staff.user.id,
        action: "signature.cancelled",
        targetType: "SignatureRequest",
        targetId: request.id,
      },
    });
    return "ok" as const;
  });
  if (result !== "ok") return { status: "error", formError: result };
});
