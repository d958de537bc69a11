import "server-only";
import { DocumentSignedEmail } from "@/components/email/document-signed-email";
import { getBrand } from "../branding/get-brand";
import type { TransactionClient } from "../db/create-prisma-client";
import { enqueueEmail } from "../email/enqueue-email";

/** Tells the organisation a document was signed: its contact address, else its active administrators. */
export async function notifyDocumentSigned({
  tx,
  organizationId,
  organizationEmail,
  document,
  signerName,
  signedAt,
}: {
  tx: TransactionClient;
  organizationId: string;
  organizationEmail: string | null;
  document: { id: string; title: string; companyName: string };
  signerName: string;
  signedAt: Date;
}): Promise<void> {
  const brand = await getBrand({ db: tx, organizationId });
  const recipients = organizationEmail
    ? [organizationEmail]
    : (
        await tx.user.findMany({
          where: { organizationId, kind: "STAFF", staffRole: "ADMIN", disabledAt: null },
          take: 20,
          select: { email: true },
        })
      ).map((user) => user.email);
  for (const to of recipients) {
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
