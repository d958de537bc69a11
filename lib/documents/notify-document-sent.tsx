import "server-only";
import { DocumentEmail } from "@/components/email/document-email";
import { getBrand } from "../branding/get-brand";
import type { TransactionClient } from "../db/create-prisma-client";
import { enqueueEmail } from "../email/enqueue-email";

/**
 * Tells each recipient that a document of their company is on the extranet: to download, or to sign for the
 * named signer (a reminder when staff send the request again). Queued in the caller's transaction.
 */
export async function notifyDocumentSent({
  tx,
  organizationId,
  company,
  document,
  recipients,
  reminder = false,
}: {
  tx: TransactionClient;
  organizationId: string;
  company: { id: string; name: string };
  document: { id: string; title: string };
  recipients: { email: string; toSign: boolean }[];
  reminder?: boolean;
}): Promise<void> {
  const brand = await getBrand({ db: tx, organizationId, companyId: company.id });
  const url = `${brand.baseUrl}/documents/${document.id}`;
  for (const { email, toSign } of recipients) {
    const subject = toSign
      ? `${reminder ? "Rappel — document" : "Document"} à signer : ${document.title}`
      : `Nouveau document : ${document.title}`;
    await enqueueEmail({
      db: tx,
      organizationId,
      template: toSign ? "document-to-sign" : "document",
      to: email,
      subject,
      body: <DocumentEmail brand={brand} companyName={company.name} documentTitle={document.title} toSign={toSign} url={url} />,
    });
  }
}
