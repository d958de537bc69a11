import "server-only";
import { InvitationEmail, invitationSubject } from "@/components/email/invitation-email";
import { getBrand } from "../branding/get-brand";
import type { TransactionClient } from "../db/create-prisma-client";
import { enqueueEmail } from "../email/enqueue-email";
import { secretLink } from "../email/email-secrets";

/** Queues the branded invitation email, in the caller's transaction; its link (the token) is sealed, never logged. */
export async function notifyInvitation({
  tx,
  organizationId,
  companyId,
  to,
  firstName,
  companyName,
  token,
  expiresAt,
}: {
  tx: TransactionClient;
  organizationId: string;
  companyId: string;
  to: string;
  firstName: string;
  companyName: string;
  token: string;
  expiresAt: Date;
}): Promise<{ id: string }> {
  const brand = await getBrand({ db: tx, organizationId, companyId });
  return enqueueEmail({
    db: tx,
    organizationId,
    template: "invitation",
    to,
    subject: invitationSubject(brand),
    secrets: { url: secretLink(`${brand.baseUrl}/invitation/${token}`, token) },
    body: (secrets) => (
      <InvitationEmail brand={brand} firstName={firstName} companyName={companyName} url={secrets.url} expiresAt={expiresAt} />
    ),
  });
}
