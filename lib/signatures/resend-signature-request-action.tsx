"use server";

import { z } from "zod";
import { staffAction } from "../actions/define-action";
import { db } from "../db";
import { notifyDocumentSent } from "../documents/notify-document-sent";
import { signatureExpiry } from "./signature-rules";

const schema = z.object({ requestId: z.string().min(1).max(40) });

/** Staff re-send the invitation to sign; it also clears the code and its failed attempts. */
export const resendSignatureRequest = staffAction<typeof schema, void>(schema, async ({ requestId }, staff) => {
  const request = await db.signatureRequest.findFirst({
    where: { id: requestId, organizationId: staff.organizationId },
    select: {
      id: true,
      companyId: true,
      status: true,
      documentId: true,
      signerEmail: true,
      document: { select: { title: true } },
      company: { select: { name: true } },
    },
  });
  if (!request) return { status: "error", formError: "not_found" };
  if (request.status !== "PENDING" && request.status !== "VIEWED") return { status: "error", formError: "not_resendable" };
  if (!request.signerEmail) return { status: "error", formError: "signer_invalid" };
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.signatureRequest.update({
      where: { id: request.id },
      // Sending again gives the signer a new period to sign: an expired request becomes signable again.
      data: { sentAt: now, expiresAt: signatureExpiry(now), otpHash: null, otpExpiresAt: null, otpAttempts: 0 },
    });
    await tx.signatureEvent.create({ data: { requestId: request.id, type: "sent", occurredAt: now } });
    await tx.auditEvent.create({
      data: {
        organizationId: staff.organizationId,
        companyId: request.companyId,
        actorUserId: staff.user.id,
        action: "signature.resent",
        targetType: "SignatureRequest",
        targetId: request.id,
      },
    });
    await notifyDocumentSent({
      tx,
      organizationId: staff.organizationId,
      company: { id: request.companyId, name: request.company.name },
      document: { id: request.documentId, title: request.document.title },
      recipients: [{ email: request.signerEmail!, toSign: true }],
      reminder: true,
    });
  });
});
