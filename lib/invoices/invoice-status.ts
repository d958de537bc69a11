import type { Prisma } from "../generated/prisma/client";

/** What a list of invoices reads of each one: enough to show it and derive its status. */
export const invoiceRowSelect = {
  id: true,
  number: true,
  kind: true,
  issueDate: true,
  dueDate: true,
  totalInclTaxCents: true,
  paidCents: true,
  cancelledAt: true,
} as const satisfies Prisma.InvoiceSelect;

export const INVOICE_STATUSES = ["PAID", "PARTLY_PAID", "UNPAID", "OVERDUE", "CANCELLED"] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/**
 * The payment status, derived (schema.prisma): cancelled, then paid (paid ≥ total), partly paid,
 * overdue (nothing paid and the due date passed), unpaid. A credit note (negative total) reads as paid.
 */
export function invoiceStatus(
  invoice: { cancelledAt: Date | null; paidCents: number; totalInclTaxCents: number; dueDate: Date },
  today: Date,
): InvoiceStatus {
  if (invoice.cancelledAt) return "CANCELLED";
  if (invoice.paidCents >= invoice.totalInclTaxCents) return "PAID";
  if (invoice.paidCents > 0) return "PARTLY_PAID";
  return invoice.dueDate < today ? "OVERDUE" : "UNPAID";
}

/** The same rule as a `where`, so the filter runs in the database (column-to-column through field references). */
export function invoiceStatusWhere(
  status: InvoiceStatus,
  today: Date,
  fields: { totalInclTaxCents: Prisma.FieldRef<"Invoice", "Int"> },
): Prisma.InvoiceWhereInput {
  switch (status) {
    case "CANCELLED":
      return { cancelledAt: { not: null } };
    case "PAID":
      return { cancelledAt: null, paidCents: { gte: fields.totalInclTaxCents } };
    case "PARTLY_PAID":
      return { cancelledAt: null, paidCents: { gt: 0, lt: fields.totalInclTaxCents } };
    case "OVERDUE":
      return { cancelledAt: null, paidCents: { equals: 0, lt: fields.totalInclTaxCents }, dueDate: { lt: today } };
    case "UNPAID":
      return { cancelledAt: null, paidCents: { equals: 0, lt: fields.totalInclTaxCents }, dueDate: { gte: today } };
  }
}

/** An invoice the company still has to pay itself: not a credit note, not a subrogated funder's, not settled or cancelled. */
export function awaitsCompanyPayment(invoice: { kind: string; status: InvoiceStatus; billedToFunder: boolean }): boolean {
  return invoice.kind === "INVOICE" && !invoice.billedToFunder && ["UNPAID", "OVERDUE", "PARTLY_PAID"].includes(invoice.status);
}
