import "server-only";
import { notFound } from "next/navigation";
import type { ContactContext } from "../auth/require-contact";
import { db } from "../db";
import type { DocumentKind, SignatureStatus } from "../generated/prisma/enums";
import { viewedCompanies, viewedCompaniesScope } from "../tenancy/viewed-companies";
import { documentStatus, type DocumentStatus } from "./document-status";

export interface CompanyDocument {
  id: string;
  title: string;
  kind: DocumentKind;
  status: DocumentStatus;
  action: { number: string; title: string } | null;
  sentAt: Date | null;
  /** The request this contact may sign now. */
  openRequest: { id: string; status: SignatureStatus } | null;
  /** The signer and time of the signed version, if any. */
  signed: { signerName: string | null; signedAt: Date | null } | null;
  /** Someone else must sign it. */
  awaitingOther: boolean;
}

/** One document sent to the company the session shows (or its group, in the group view); any other id answers not found. */
export async function getCompanyDocument({
  context,
  documentId,
  now = new Date(),
}: {
  context: ContactContext;
  documentId: string;
  now?: Date;
}): Promise<CompanyDocument> {
  const row = await db.document.findFirst({
    where: { id: documentId, ...viewedCompaniesScope(viewedCompanies(context)), sentAt: { not: null } },
    select: {
      id: true,
      title: true,
      kind: true,
      sentAt: true,
      action: { select: { number: true, title: true } },
      signatureRequests: {
        orderBy: { createdAt: "desc" },
        take: 20,
        select: { id: true, status: true, expiresAt: true, signerContactId: true, signerName: true, signedAt: true },
      },
    },
  });
  if (!row) notFound();
  // An expired request is no longer open: nobody can sign it until staff send it again.
  const open = row.signatureRequests.find((request) => documentStatus([request], now) === "to_sign");
  const signed = row.signatureRequests.find((request) => request.status === "SIGNED");
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    action: row.action,
    sentAt: row.sentAt,
    status: documentStatus(row.signatureRequests, now),
    openRequest: open && open.signerContactId === context.contactId ? { id: open.id, status: open.status } : null,
    signed: signed ? { signerName: signed.signerName, signedAt: signed.signedAt } : null,
    awaitingOther: Boolean(open && open.signerContactId !== context.contactId),
  };
}
