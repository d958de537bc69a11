import "server-only";
import type { TransactionClient } from "../db/create-prisma-client";
import { recordEvent } from "../events/record-event";

/**
 * Announces a new invoice to pay (not a credit note, nor a subrogated funder's invoice) in the transaction
 * that writes it: its company's contacts are notified from the "invoice.issued" event. Every code path that
 * issues an invoice calls it.
 */
export async function recordInvoiceIssued(
  tx: TransactionClient,
  invoice: {
    id: string;
    organizationId: string;
    companyId: string;
    number: string;
    kind: string;
    fundingId: string | null;
    totalInclTaxCents: number;
    dueDate: Date;
  },
): Promise<void> {
  if (invoice.kind !== "INVOICE" || invoice.fundingId) return;
  await recordEvent(tx, {
    organizationId: invoice.organizationId,
    companyId: invoice.companyId,
    type: "invoice.issued",
    data: {
      invoiceId: invoice.id,
      number: invoice.number,
      companyId: invoice.companyId,
      totalInclTaxCents: invoice.totalInclTaxCents,
      dueDate: invoice.dueDate.toISOString().slice(0, 10),
    },
  });
}
