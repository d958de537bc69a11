import "server-only";
import type { ContactContext } from "../auth/require-contact";
import { db } from "../db";
import { companyScope } from "../tenancy/company-scope";
import { findCompanyQuote } from "./get-company-quote";
import { notifyQuoteDecision } from "./notify-quote-decision";

/**
 * The addressee declines a sent quote with a reason, by one conditional update (a quote accepted or
 * declined meanwhile stays as it is); its signature request is cancelled so it can no longer be signed.
 */
export async function declineQuote({
  context,
  quoteId,
  reason,
  now = new Date(),
}: {
  context: Pick<ContactContext, "organizationId" | "company" | "contactId" | "user">;
  quoteId: string;
  reason: string;
  now?: Date;
}): Promise<"declined" | "not_addressee" | "not_pending"> {
  const quote = await findCompanyQuote({ context, quoteId });
  if (quote.contactId !== context.contactId) return "not_addressee";
  return db.$transaction(async (tx) => {
    const { count } = await tx.quote.updateMany({
      where: { id: quote.id, ...companyScope(context), status: "SENT" },
      data: { status: "DECLINED", declinedAt: now, declineReason: reason },
    });
    if (count === 0) return "not_pending";
    if (quote.signatureRequestId) {
      const cancelled = await tx.signatureRequest.updateMany({
        where: { id: quote.signatureRequestId, ...companyScope(context), status: { in: ["PENDING", "VIEWED"] } },
        data: { status: "CANCELLED", cancelledAt: now, otpHash: null, otpExpiresAt: null },
      });
      if (cancelled.count > 0)
        await tx.signatureEvent.create({ data: { requestId: quote.signatureRequestId, type: "cancelled", occurredAt: now } });
    }
    await tx.auditEvent.create({
      data: {
        ...companyScope(context),
        actorUserId: context.user.id,
        action: "quote.declined",
        targetType: "Quote",
        targetId: quote.id,
        metadata: { number: quote.number, reason },
      },
    });
    await notifyQuoteDecision({
      tx,
      quote,
      decision: "declined",
      signerEmail: context.user.email,
      signerName: `${context.user.firstName} ${context.user.lastName}`,
      reason,
    });
    return "declined";
  });
}
