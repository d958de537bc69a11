import "server-only";
import type { ContactContext } from "../auth/require-contact";
import { db } from "../db";
import { mayTriggerEmail } from "../rate-limit/may-trigger-email";
import { findSignerRequest } from "./find-signer-request";
import { notifySignatureCode } from "./notify-signature-code";
import {
  CODE_TTL_MS,
  MAX_CODE_ATTEMPTS,
  MAX_CODES_PER_SENDING,
  hashSignatureCode,
  newSignatureCode,
  signatureExpired,
} from "./signature-rules";
import type { RequestOrigin } from "./request-origin";

export type SendCodeResult =
  | { status: "sent"; email: string }
  | { status: "refused"; reason: "already_signed" | "cancelled" | "expired" | "too_many_attempts" | "too_many_codes" };

/** Sends a fresh one-time code to the signer's login email; only its hash is kept, and it replaces any earlier code. */
export async function sendSignatureCode({
  context,
  requestId,
  origin,
  now = new Date(),
}: {
  context: ContactContext;
  requestId: string;
  origin: RequestOrigin;
  now?: Date;
}): Promise<SendCodeResult> {
  const request = await findSignerRequest({ context, requestId });
  if (request.status === "SIGNED") return { status: "refused", reason: "already_signed" };
  if (request.status === "CANCELLED") return { status: "refused", reason: "cancelled" };
  if (signatureExpired(request, now)) return { status: "refused", reason: "expired" };
  if (request.otpAttempts >= MAX_CODE_ATTEMPTS) return { status: "refused", reason: "too_many_attempts" };
  const codesSent = await db.signatureEvent.count({
    where: { requestId: request.id, type: "code_sent", occurredAt: { gte: request.sentAt ?? request.createdAt } },
  });
  if (codesSent >= MAX_CODES_PER_SENDING) return { status: "refused", reason: "too_many_codes" };
  // After the access rule (another company's request is not found) and before any email: the limit per signer and per address.
  const allowed = await mayTriggerEmail({
    db,
    trigger: "signature-code",
    organizationId: context.organizationId,
    recipient: context.user.email,
    ip: origin.ip,
    now,
  });
  if (!allowed) return { status: "refused", reason: "too_many_codes" };

  const code = newSignatureCode();
  await db.$transaction(async (tx) => {
    await tx.signatureRequest.update({
      where: { id: request.id },
      data: { otpHash: hashSignatureCode(request.id, code), otpExpiresAt: new Date(now.getTime() + CODE_TTL_MS) },
    });
    await tx.signatureEvent.create({
      data: { requestId: request.id, type: "code_sent", ip: origin.ip, userAgent: origin.userAgent, occurredAt: now },
    });
    await notifySignatureCode({
      tx,
      organizationId: context.organizationId,
      companyId: context.company.id,
      to: context.user.email,
      code,
      documentTitle: request.document.title,
    });
  });
  return { status: "sent", email: context.user.email };
}
