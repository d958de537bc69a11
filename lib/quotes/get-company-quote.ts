import "server-only";
import { notFound } from "next/navigation";
import type { ContactContext } from "../auth/require-contact";
import { db } from "../db";
import { companyScope } from "../tenancy/company-scope";
import { quoteDetailSelect, quoteLineSelect } from "./quote-detail-select";
import { quoteDisplayStatus } from "./quote-status";

/** A quote of the company the session shows; another company's or organisation's id answers not found. */
export async function findCompanyQuote({
  context,
  quoteId,
}: {
  context: Pick<ContactContext, "organizationId" | "company">;
  quoteId: string;
}) {
  const quote = await db.quote.findFirst({
    where: { id: quoteId, ...companyScope(context) },
    select: {
      id: true,
      organizationId: true,
      companyId: true,
      contactId: true,
      number: true,
      totalInclTaxCents: true,
      createdByUserId: true,
      signatureRequestId: true,
      company: { select: { name: true } },
    },
  });
  if (!quote) notFound();
  return quote;
}

/** What /devis/[id] shows, with what its reader may do: sign it (the addressee, while valid) or decline it. */
export async function getCompanyQuote({ context, quoteId, now = new Date() }: { context: ContactContext; quoteId: string; now?: Date }) {
  const quote = await db.quote.findFirst({
    where: { id: quoteId, ...companyScope(context) },
    select: {
      ...quoteDetailSelect,
      contactId: true,
      signatureRequestId: true,
      lines: { orderBy: { position: "asc" }, take: 50, select: quoteLineSelect },
    },
  });
  if (!quote) notFound();
  const request = quote.signatureRequestId
    ? await db.signatureRequest.findFirst({
        where: { id: quote.signatureRequestId, ...companyScope(context) },
        select: { id: true, status: true, signerName: true, signedAt: true },
      })
    : null;
  const status = quoteDisplayStatus(quote, now);
  const addressee = quote.contactId === context.contactId && !context.preview;
  return {
    ...quote,
    status,
    addressee,
    contactName: `${quote.contact.firstName} ${quote.contact.lastName}`,
    /** The signature request the addressee signs to accept, while the quote is sent and valid. */
    openRequestId: addressee && status === "SENT" && request && ["PENDING", "VIEWED"].includes(request.status) ? request.id : null,
    signed: request?.status === "SIGNED" ? { signerName: request.signerName, signedAt: request.signedAt } : null,
  };
}

export type CompanyQuote = Awaited<ReturnType<typeof getCompanyQuote>>;
