import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { recordInvoicePayment } from "../payments/record-invoice-payment";
import { utcToday } from "../trainings/utc-today";

/** How a payment received outside the online checkout came in. */
export const MANUAL_PAYMENT_METHODS = ["virement", "chèque", "prélèvement", "espèces"] as const;
export type ManualPaymentMethod = (typeof MANUAL_PAYMENT_METHODS)[number];

export type RecordManualPaymentResult =
  | { status: "recorded"; paidCents: number }
  | { status: "refused"; field: "amount"; reason: "amount_over_due" }
  | { status: "refused"; field: "paidAt"; reason: "date_out_of_range" }
  | null;

/**
 * An administrator records a payment received by transfer, cheque… (a subrogated funder's, most often) on
 * an invoice of the organisation that is still due (another organisation's, a credit note, a cancelled one,
 * or a manager asking: null), never more than what is left, dated between its issue and today. The invoice's
 * row is locked, so two entries cannot both pass the check. Audited.
 */
export async function recordManualPayment({
  staff,
  invoiceId,
  amountCents,
  paidAt,
  method,
  now = new Date(),
}: {
  staff: Pick<StaffContext, "organizationId" | "user">;
  invoiceId: string;
  amountCents: number;
  paidAt: Date;
  method: ManualPaymentMethod;
  now?: Date;
}): Promise<RecordManualPaymentResult> {
  const { organizationId } = staff;
  if (staff.user.role !== "ADMIN") return null;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Invoice" WHERE "organizationId" = ${organizationId} AND "id" = ${invoiceId} FOR UPDATE`;
    const invoice = await tx.invoice.findFirst({
      where: { organizationId, id: invoiceId, kind: "INVOICE", cancelledAt: null },
      select: { id: true, companyId: true, number: true, issueDate: true, totalInclTaxCents: true, paidCents: true },
    });
    if (!invoice) return null;
    if (amountCents > invoice.totalInclTaxCents - invoice.paidCents)
      return { status: "refused", field: "amount", reason: "amount_over_due" };
    if (paidAt < invoice.issueDate || paidAt > utcToday(now)) return { status: "refused", field: "paidAt", reason: "date_out_of_range" };
    const paid = await recordInvoicePayment(tx, { organizationId, invoiceId, amountCents, paidAt, method });
    await tx.auditEvent.create({
      data: {
        organizationId,
        companyId: invoice.companyId,
        actorUserId: staff.user.id,
        action: "payment.recorded",
        targetType: "Invoice",
        targetId: invoice.id,
        metadata: { number: invoice.number, amountCents, paidAt: paidAt.toISOString().slice(0, 10), method },
      },
    });
    return { status: "recorded", paidCents: paid.paidCents };
  });
}
