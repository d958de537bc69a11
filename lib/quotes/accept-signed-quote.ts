import "server-only";
import type { ContactContext } from "../auth/require-contact";
import type { TransactionClient } from "../db/create-prisma-client";
import { utcToday } from "../trainings/utc-today";
import { notifyQuoteDecision } from "./notify-quote-decision";

/** Thrown inside the sealing transaction so a signature of a quote that can no longer be accepted is undone. */
class QuoteNotAcceptableError extends Error {
  constructor() {
    super("quote_not_acceptable");
  }
}

/** The sealing transaction's outcome, with a rollback by acceptSignedQuote read as a refusal. */
export function refusedIfQuoteNotAcceptable<T>(sealing: Promise<T>): Promise<T | "quote_not_acceptable"> {
  return sealing.catch((error: unknown) => {
    if (error instanceof QuoteNotAcceptableError) return "quote_not_acceptable" as const;
    throw error;
  });
}

/**
 * Called in the transaction that seals a signature: when the signed document is a quote's, the quote is
 * accepted by one conditional update (still sent, still valid), so two signatures in parallel accept it
 * once; a quote declined or expired meanwhile throws, which rolls the signature back.
 */
export async function acceptSignedQuote(
  tx: TransactionClient,
  {
    context,
    signatureRequestId,
    signerName,
    now,
  }: { context: Pick<ContactContext, "organizationId" | "company" | "user">; signatureRequestId: string; signerName: string; now: Date },
): Promise<void> {
  const quote = await tx.quote.findFirst({
    where: { signatureRequestId, organizationId: context.organizationId, companyId: context.company.id },
    select: {
      id: true,
      organizationId: true,
      companyId: true,
      number: true,
      totalInclTaxCents: true,
      createdByUserId: true,
      company: { select: { name: true } },
    },
  });
  if (!quote) return;
  const { count } = await tx.quote.updateMany({
    where: { id: quote.id, status: "SENT", validUntil: { gte: utcToday(now) } },
    data: { status: "ACCEPTED", acceptedAt: now },
  });
  if (count === 0) throw new QuoteNotAcceptableError();
  await tx.auditEvent.create({
    data: {
      organizationId: quote.organizationId,
      companyId: quote.companyId,
      actorUserId: context.user.id,
      action: "quote.accepted",
      targetType: "Quote",
      targetId: quote.id,
      metadata: { number: quote.number, signatureRequestId },
    },
  });
  await notifyQuoteDecision({ tx, quote, decision: "accepted", signerEmail: context.user.email, signerName });
}
