import "server-only";
import { DocumentSignedEmail } from "@/components/email/document-signed-email";
import { getBrand } from "../branding/get-brand";
import type { TransactionClient } from "../db/create-prisma-client";
import { enqueueEmail } from "../email/enqueue-email";
import { staffRecipients } from "../shared-files/staff-recipients";

/** Tells the organisation's staff (its contact address, else its administrators) that a document was signed. */
export async function notifyDocumentSigned({
  tx,
  organizationId,
  document,
  signerName,
  signedAt,
}: {
  tx: TransactionClient;
  organizationId: string;
  document: { id: string; title: string; companyName: string };
  signerName: string;
  signedAt: Date;
}): Promise<void> {
  const brand = await getBrand({ db: tx, organizationId });
  for (const to of await staffRecipients({ db: tx, organizationId })) {
    await enqueueEmail({
      db: tx,
      organizationId,
      template: "document-signed",
      to,
      subject: `Document signé : ${document.title}`,
      body: (
        <DocumentSignedEmail
          brand={brand}
          documentTitle={document.title}
          companyName={document.companyName}
          signerName={signerName}
          signedAt={signedAt.toISOString().replace("T", " ").slice(0, 16)}
          url={`${brand.baseUrl}/admin/documents/${document.id}`}
        />
      ),
    });
  }
}
