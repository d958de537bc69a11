import "server-only";
import { SignatureCodeEmail } from "@/components/email/signature-code-email";
import { getBrand } from "../branding/get-brand";
import type { TransactionClient } from "../db/create-prisma-client";
import { enqueueEmail } from "../email/enqueue-email";
import { secretCode } from "../email/email-secrets";
import { CODE_TTL_MS } from "./signature-rules";

/** Sends the signer their one-time code; the code travels sealed in the outbox (email-secrets), never in clear. */
export async function notifySignatureCode({
  tx,
  organizationId,
  companyId,
  to,
  code,
  documentTitle,
}: {
  tx: TransactionClient;
  organizationId: string;
  companyId: string;
  to: string;
  code: string;
  documentTitle: string;
}): Promise<void> {
  const brand = await getBrand({ db: tx, organizationId, companyId });
  await enqueueEmail({
    db: tx,
    organizationId,
    template: "signature-code",
    to,
    subject: `Votre code de signature · ${brand.name}`,
    secrets: { code: secretCode(code) },
    body: (secrets) => (
      <SignatureCodeEmail brand={brand} code={secrets.code} documentTitle={documentTitle} minutes={CODE_TTL_MS / 60_000} />
    ),
  });
}
