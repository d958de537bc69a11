import "server-only";
import type { ContactContext } from "../auth/require-contact";
import { db } from "../db";
import { companyScope } from "../tenancy/company-scope";
import type { RequestOrigin } from "./request-origin";

/** The named signer opened the document: a pending request becomes "viewed" (once), with its event. */
export async function recordSignatureView({
  context,
  requestId,
  origin,
  now = new Date(),
}: {
  context: ContactContext;
  requestId: string;
  origin: RequestOrigin;
  now?: Date;
}): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.signatureRequest.updateMany({
      where: { id: requestId, ...companyScope(context), signerContactId: context.contactId, status: "PENDING" },
      data: { status: "VIEWED", viewedAt: now },
    });
    if (count > 0)
      await tx.signatureEvent.create({ data: { requestId, type: "viewed", ip: origin.ip, userAgent: origin.userAgent, occurredAt: now } });
  });
}
