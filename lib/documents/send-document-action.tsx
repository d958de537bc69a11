"use server";

import { PDFDocument } from "pdf-lib";
import { z } from "zod";
import { staffAction } from "../actions/define-action";
import { db } from "../db";
import { signatureExpiry } from "../signatures/signature-rules";
import { recordEvent } from "../events/record-event";
import { getFileStorage } from "../storage/storage";
import { notifyDocumentSent } from "./notify-document-sent";
import { companyContactRecipients } from "../tenancy/company-contact-recipients";
import { rolesOpening } from "../tenancy/contact-permissions";

const schema = z.discriminatedUnion(
  "mode",
  [
    z.object({ documentId: z.string().min(1).max(40), mode: z.literal("plain") }),
    z.object({
      documentId: z.string().min(1).max(40),
      mode: z.literal("signature"),
      signerContactId: z.string().min(1, "signer_required").max(40),
      stampPage: z.coerce.number({ error: "invalid_page" }).int("invalid_page").min(1, "invalid_page").max(10_000, "invalid_page"),
    }),
  ],
  { error: "invalid_mode" },
);

/**
 * Sends a document to its company, either as a plain document or for signature by one named contact
 * with an active access — never both: a document sent plain cannot be sent for signature, and one with a
 * live signature request cannot be sent plain.
 */
export const sendDocument = staffAction<typeof schema, void>(schema, async (input, staff) => {
  const document = await db.document.findFirst({
    where: { id: input.documentId, organizationId: staff.organizationId },
    select: {
      id: true,
      companyId: true,
      title: true,
      storageKey: true,
      sentAt: true,
      company: { select: { name: true } },
      signatureRequests: { take: 50, select: { status: true } },
    },
  });
  if (!document) return { status: "error", formError: "not_found" };
  const live = document.signatureRequests.some((request) => request.status !== "CANCELLED");
  const sentPlain = document.sentAt !== null && document.signatureRequests.length === 0;
  if (live) return { status: "error", formError: "already_for_signature" };
  if (input.mode === "signature" && sentPlain) return { status: "error", formError: "already_sent_plain" };

  let signer: { id: string; email: string } | null = null;
  if (input.mode === "signature") {
    const contact = await db.contact.findFirst({
      where: {
        id: input.signerContactId,
        organizationId: staff.organizationId,
        companyId: document.companyId,
        // The signer opens documents in the extranet (lib/tenancy/contact-permissions.ts).
        access: { is: { status: "ACTIVE", role: { in: rolesOpening("documents") } } },
      },
      select: { id: true, access: { select: { user: { select: { email: true, disabledAt: true } } } } },
    });
    const email = contact?.access?.user && !contact.access.user.disabledAt ? contact.access.user.email : null;
    if (!contact || !email) return { status: "error", fieldErrors: { signerContactId: ["signer_invalid"] } };
    const bytes = await getFileStorage().get(document.storageKey);
    const pages = bytes ? (await PDFDocument.load(bytes, { ignoreEncryption: true })).getPageCount() : 0;
    if (input.stampPage > pages) return { status: "error", fieldErrors: { stampPage: ["invalid_page"] } };
    signer = { id: contact.id, email };
  }

  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.document.update({ where: { id: document.id }, data: { sentAt: now } });
    if (input.mode === "signature" && signer) {
      const request = await tx.signatureRequest.create({
        data: {
          organizationId: staff.organizationId,
          companyId: document.companyId,
          documentId: document.id,
          signerContactId: signer.id,
          signerEmail: signer.email,
          stampPage: input.stampPage,
          sentAt: now,
          expiresAt: signatureExpiry(now),
          events: {
            create: [
              { type: "created", occurredAt: now },
              { type: "sent", occurredAt: now },
            ],
          },
        },
        select: { id: true },
      });
      await tx.auditEvent.create({
        data: {
          organizationId: staff.organizationId,
          companyId: document.companyId,
          actorUserId: staff.user.id,
          action: "signature.requested",
          targetType: "SignatureRequest",
          targetId: request.id,
        },
      });
      await recordEvent(tx, {
        organizationId: staff.organizationId,
        companyId: document.companyId,
        type: "signature.requested",
        data: { signatureRequestId: request.id, documentId: document.id, companyId: document.companyId, signerContactId: signer.id },
      });
    } else {
      await tx.auditEvent.create({
        data: {
          organizationId: staff.organizationId,
          companyId: document.companyId,
          actorUserId: staff.user.id,
          action: "document.sent",
          targetType: "Document",
          targetId: document.id,
        },
      });
    }
    const recipients = await companyContactRecipients({
      db: tx,
      organizationId: staff.organizationId,
      companyId: document.companyId,
      section: "documents",
    });
    const emails = new Map(recipients.map((recipient) => [recipient.email, recipient.contactId === signer?.id]));
    if (signer) emails.set(signer.email, true);
    await notifyDocumentSent({
      tx,
      organizationId: staff.organizationId,
      company: { id: document.companyId, name: document.company.name },
      document,
      recipients: [...emails].map(([email, toSign]) => ({ email, toSign })),
    });
  });
  return { status: "success", data: undefined };
});
