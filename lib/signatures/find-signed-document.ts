import "server-only";
import { db } from "../db";

export interface VerificationResult {
  documentTitle: string;
  companyName: string;
  signerName: string;
  signerFunction: string | null;
  signedAt: Date;
}

/** A signed document of THIS organisation whose signed file has this SHA-256; nothing about any other organisation. */
export async function findSignedDocument({
  organizationId,
  sha256,
}: {
  organizationId: string;
  sha256: string;
}): Promise<VerificationResult | null> {
  const request = await db.signatureRequest.findFirst({
    where: { organizationId, signedSha256: sha256.toLowerCase(), status: "SIGNED" },
    select: {
      signerName: true,
      signerFunction: true,
      signedAt: true,
      document: { select: { title: true } },
      company: { select: { name: true } },
    },
  });
  if (!request?.signedAt) return null;
  return {
    documentTitle: request.document.title,
    companyName: request.company.name,
    signerName: request.signerName ?? "",
    signerFunction: request.signerFunction,
    signedAt: request.signedAt,
  };
}
