import "server-only";
import type { TransactionClient } from "../db";
import { recordEvent } from "../events/record-event";

/**
 * A payment (or, negative, a refund) of an invoice, in the caller's transaction: its row, the invoice's
 * paidCents kept as their sum, and an "invoice.paid" event for a payment. The caller has checked the amount.
 */
export async function recordInvoicePayment(
  tx: TransactionClient,
  payment: {
    organizationId: string;
    invoiceId: string;
    amountCents: number;
    paidAt: Date;
    method: string;
    providerPaymentId?: string | null;
  },
) {
  await tx.payment.create({ data: payment });
  const invoice = await tx.invoice.update({
    where: { organizationId_id: { organizationId: payment.organizationId, id: payment.invoiceId } },
    data: { paidCents: { increment: payment.amountCents } },
    select: { id: true, number: true, companyId: true, totalInclTaxCents: true, paidCents: true },
  });
  if (payment.amountCents > 0)
    await recordEvent(tx, {
      organizationId: payment.organizationId,
      companyId: invoice.companyId,
      type: "invoice.paid",
      data: {
        invoiceId: invoice.id,
        number: invoice.number,
        companyId: invoice.companyId,
        totalInclTaxCents: invoice.totalInclTaxCents,
        paidCents: invoice.paidCents,
        paidAt: payment.paidAt.toISOString().slice(0, 10),
      },
    });
  return invoice;
}
