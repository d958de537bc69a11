import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { utcToday } from "../trainings/utc-today";
import { nextInvoiceNumber } from "./next-invoice-number";

export type CreditInvoiceResult =
  { status: "credited"; creditNote: { id: string; number: string } } | { status: "already_cancelled" } | { status: "invoice_paid" } | null;

/**
 * An administrator cancels an invoice of the organisation (another's, a credit note, or a manager asking:
 * null) by a credit note of the opposite amounts, numbered in the same sequence, once: the invoice's row
 * is locked, so two clicks make one credit note. An invoice with a payment is refunded, not cancelled here.
 * Its training can then be invoiced again.
 */
export async function creditInvoice({
  staff,
  invoiceId,
  now = new Date(),
}: {
  staff: Pick<StaffContext, "organizationId" | "user">;
  invoiceId: string;
  now?: Date;
}): Promise<CreditInvoiceResult> {
  const { organizationId } = staff;
  if (staff.user.role !== "ADMIN") return null;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Invoice" WHERE "organizationId" = ${organizationId} AND "id" = ${invoiceId} FOR UPDATE`;
    const invoice = await tx.invoice.findFirst({
      where: { organizationId, id: invoiceId, kind: "INVOICE" },
      select: {
        id: true,
        number: true,
        companyId: true,
        actionId: true,
        fundingId: true,
        cancelledAt: true,
        paidCents: true,
        totalExclTaxCents: true,
        vatCents: true,
        totalInclTaxCents: true,
        vatOnDebits: true,
        deliveryAddress: true,
        deliveryPostalCode: true,
        deliveryCity: true,
        lines: {
          orderBy: { position: "asc" },
          take: 200,
          select: { position: true, label: true, quantity: true, unitPriceCents: true, vatRateBasisPoints: true, totalExclTaxCents: true },
        },
      },
    });
    if (!invoice) return null;
    if (invoice.cancelledAt) return { status: "already_cancelled" };
    if (invoice.paidCents > 0) return { status: "invoice_paid" };

    const issueDate = utcToday(now);
    const { sequence, number } = await nextInvoiceNumber({ tx, organizationId, issueDate });
    const { id, number: creditedNumber, lines, cancelledAt: _cancelled, paidCents: _paid, ...copied } = invoice;
    const creditNote = await tx.invoice.create({
      data: {
        ...copied,
        organizationId,
        creditedInvoiceId: id,
        kind: "CREDIT_NOTE",
        sequence,
        number,
        issueDate,
        dueDate: issueDate,
        totalExclTaxCents: -invoice.totalExclTaxCents,
        vatCents: -invoice.vatCents,
        totalInclTaxCents: -invoice.totalInclTaxCents,
        lines: {
          createMany: {
            data: lines.map((line) => ({
              ...line,
              label: `Avoir — ${line.label}`,
              unitPriceCents: -line.unitPriceCents,
              totalExclTaxCents: -line.totalExclTaxCents,
            })),
          },
        },
      },
      select: { id: true, number: true },
    });
    await tx.invoice.update({ where: { id }, data: { cancelledAt: now } });
    await tx.auditEvent.create({
      data: {
        organizationId,
        companyId: invoice.companyId,
        actorUserId: staff.user.id,
        action: "invoice.credited",
        targetType: "Invoice",
        targetId: id,
        metadata: { number: creditedNumber, creditNoteId: creditNote.id, creditNoteNumber: creditNote.number },
      },
    });
    return { status: "credited", creditNote };
  });
}
