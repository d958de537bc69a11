/** French standard VAT rate; training exempt under art. 261-4-4° a CGI carries none. */
export const QUOTE_VAT_RATE_PERCENT = 20;

/** A quote's totals from its lines (cents, excl. VAT), VAT rounded once on the total. */
export function quoteTotals(lines: { quantity: number; unitPriceCents: number }[], vatExempt: boolean) {
  const totalExclTaxCents = lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
  const vatCents = vatExempt ? 0 : Math.round((totalExclTaxCents * QUOTE_VAT_RATE_PERCENT) / 100);
  return { totalExclTaxCents, vatCents, totalInclTaxCents: totalExclTaxCents + vatCents };
}
