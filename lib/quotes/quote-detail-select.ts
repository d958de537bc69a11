import type { Prisma } from "../generated/prisma/client";

/** What a quote's page shows on both sides, the extranet's /devis/[id] and /admin/devis/[id]. */
export const quoteLineSelect = {
  id: true,
  label: true,
  quantity: true,
  unitPriceCents: true,
  totalCents: true,
} satisfies Prisma.QuoteLineSelect;

export const quoteDetailSelect = {
  id: true,
  number: true,
  type: true,
  status: true,
  validUntil: true,
  sentAt: true,
  acceptedAt: true,
  declinedAt: true,
  declineReason: true,
  conditions: true,
  participantCount: true,
  startDate: true,
  endDate: true,
  totalExclTaxCents: true,
  vatCents: true,
  totalInclTaxCents: true,
  documentId: true,
  contact: { select: { firstName: true, lastName: true } },
} satisfies Prisma.QuoteSelect;
