import "server-only";
import { randomUUID } from "node:crypto";
import type { ContactContext } from "../auth/require-contact";
import { db } from "../db";
import { getFileStorage } from "../storage/storage";
import { buildSignedPdf } from "./build-signed-pdf";
import { findSignerRequest } from "./find-signer-request";
import { notifyDocumentSigned } from "./notify-document-signed";
import { MAX_CODE_ATTEMPTS, codeMatches, sha256Hex, signatureExpired } from "./signature-rules";
import type { RequestOrigin } from "./request-origin";
import { recordEvent } from "../events/record-event";
import { acceptSignedQuote, refusedIfQuoteNotAcceptable } from "../quotes/accept-signed-quote";

export type SignatureInput = { kind: "typed"; text: string } | { kind: "drawn"; png: Uint8Array };

export interface SignDocumentOptions {
  context: ContactContext;
  requestId: string;
  code: string;
  signerName: string;
  signerFunction: string;
  signature: SignatureInput;
  origin: RequestOrigin;
  now?: Date;
}

export type SignDocumentResult =
  | { status: "signed"; signedSha256: string }
  | {
      status: "refused";
      reason:
        | "already_signed"
        | "cancelled"
        | "expired"
        | "too_many_attempts"
        | "code_missing"
        | "code_expired"
        | "code_invalid"
        | "file_changed"
        | "quote_not_acceptable";
    };

/**
 * Checks the one-time code and, when it matches, seals the signature: the stamped PDF with its
 * certificate page, both hashes and the evidence, in one conditional update so a request is signed once.
 */
export async function signDocument({
  context,
  requestId,
  code,
  signerName,
  signerFunction,
  signature,
  origin,
  now = new Date(),
}: SignDocumentOptions): Promise<SignDocumentResult> {
  const request = await findSignerRequest({ context, requestId });
  if (request.status === "SIGNED") return { status: "refused", reason: "already_signed" };
  if (request.status === "CANCELLED") return { status: "refused", reason: "cancelled" };
  if (signatureExpired(request, now)) return { status: "refused", reason: "expired" };
  if (request.otpAttempts >= MAX_CODE_ATTEMPTS) return { status: "refused", reason: "too_many_attempts" };
  if (!request.otpHash || !request.otpExpiresAt) return { status: "refused", reason: "code_missing" };
  if (request.otpExpiresAt.getTime() <= now.getTime()) return { status: "refused", reason: "code_expired" };
  if (!codeMatches(request.id, code, request.otpHash)) {
    const updated = await db.signatureRequest.update({
      where: { id: request.id },
      data: { otpAttempts: { increment: 1 } },
      select: { otpAttempts: true },
    });
    await db.signatureEvent.create({
      data: { requestId: request.id, type: "code_failed", ip: origin.ip, userAgent: origin.userAgent, occurredAt: now },
    });
    return { status: "refused", reason: updated.otpAttempts >= MAX_CODE_ATTEMPTS ? "too_many_attempts" : "code_invalid" };
  }

  const storage = getFileStorage();
  const original = await storage.get(request.document.storageKey);
  const originalSha256 = original ? sha256Hex(original) : null;
  if (!original || originalSha256 !== request.document.sha256) return { status: "refused", reason: "file_changed" };

  const history = await db.signatureEvent.findMany({
    where: { requestId: request.id },
    orderBy: { occurredAt: "asc" },
    take: 200,
    select: { type: true, occurredAt: true },
  });
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: context.organizationId },
    select: { legalName: true },
  });
  const signed = await buildSignedPdf({
    original,
    stampPage: request.stampPage,
    signature,
    evidence: {
      documentId: request.document.id,
      requestId: request.id,
      documentTitle: request.document.title,
      organizationName: organization.legalName,
      companyName: request.document.company.name,
      signerName,
      signerFunction,
      signerEmail: context.user.email,
      signedAt: now,
      codeVerifiedAt: now,
      ip: origin.ip,
      userAgent: origin.userAgent,
      originalSha256,
      history: [...history, { type: "code_verified", occurredAt: now }, { type: "signed", occurredAt: now }],
    },
  });
  const signedSha256 = sha256Hex(signed);
  // One key per attempt: a losing parallel attempt deletes its own file, never the winner's.
  const signedStorageKey = request.document.storageKey.replace(/\.pdf$/, "") + `-signed-${request.id}-${randomUUID()}.pdf`;
  await storage.put(signedStorageKey, signed, "application/pdf");

  const sealing = db.$transaction(async (tx) => {
    const { count } = await tx.signatureRequest.updateMany({
      where: {
        id: request.id,
        status: { in: ["PENDING", "VIEWED"] },
        otpHash: request.otpHash,
        OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
      },
      data: {
        status: "SIGNED",
        signerName,
        signerFunction,
        signerEmail: context.user.email,
        signedIp: origin.ip,
        signedUserAgent: origin.userAgent,
        originalSha256,
        signedSha256,
        signedStorageKey,
        otpHash: null,
        otpExpiresAt: null,
        otpVerifiedAt: now,
        signedAt: now,
      },
    });
    if (count === 0) return "already_signed" as const;
    // A quote's document: signing it accepts the quote, or the signature is undone (quote expired or declined).
    await acceptSignedQuote(tx, { context, signatureRequestId: request.id, signerName, now });
    await tx.signatureEvent.createMany({
      data: [
        { requestId: request.id, type: "code_verified", ip: origin.ip, userAgent: origin.userAgent, occurredAt: now },
        { requestId: request.id, type: "signed", ip: origin.ip, userAgent: origin.userAgent, occurredAt: now },
      ],
    });
    await tx.auditEvent.create({
      data: {
        organizationId: context.organizationId,
        companyId: context.company.id,
        actorUserId: context.user.id,
        action: "signature.signed",
        targetType: "SignatureRequest",
        targetId: request.id,
        ip: origin.ip,
        userAgent: origin.userAgent,
        metadata: { originalSha256, signedSha256 },
      },
    });
    await recordEvent(tx, {
      organizationId: context.organizationId,
      companyId: context.company.id,
      type: "document.signed",
      data: {
        documentId: request.document.id,
        signatureRequestId: request.id,
        companyId: context.company.id,
        signerContactId: context.contactId,
        signedAt: now.toISOString(),
        signedSha256,
      },
    });
    await notifyDocumentSigned({
      tx,
      organizationId: context.organizationId,
      document: { id: request.document.id, title: request.document.title, companyName: request.document.company.name },
      signerName,
      signedAt: now,
    });
    return "sealed" as const;
  });
  const sealed = await refusedIfQuoteNotAcceptable(sealing);
  if (sealed !== "sealed") {
    await storage.delete(signedStorageKey);
    return { status: "refused", reason: sealed };
  }
  return { status: "signed", signedSha256 };
}
