import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { funderInvoiceName } from "../fundings/funding-kinds";
import { utcToday } from "../trainings/utc-today";
import { invoiceRowSelect, invoiceStatus, type InvoiceStatus } from "./invoice-status";

export interface ActionInvoice {
  id: string;
  companyId: string;
  number: string;
  kind: "INVOICE" | "CREDIT_NOTE";
  issueDate: Date;
  totalInclTaxCents: number;
  paidCents: number;
  status: InvoiceStatus;
  /** The subrogated funder billed, null for the company's own invoice. */
  funder: string | null;
}

/** An action's invoices and credit notes in /admin, oldest first (the organisation's action only). */
export async function listActionInvoices({
  staff,
  actionId,
  now = new Date(),
}: {
  staff: Pick<StaffContext, "organizationId">;
  actionId: string;
  now?: Date;
}): Promise<ActionInvoice[]> {
  const invoices = await db.invoice.findMany({
    where: { organizationId: staff.organizationId, actionId },
    orderBy: { sequence: "asc" },
    take: 500,
    select: { ...invoiceRowSelect, companyId: true, funding: { select: { funderKind: true, opco: true, funderName: true } } },
  });
  const today = utcToday(now);
  return invoices.map(({ funding, dueDate, cancelledAt, ...invoice }) => ({
    ...invoice,
    status: invoiceStatus({ ...invoice, cancelledAt, dueDate }, today),
    funder: funding ? funderInvoiceName(funding) : null,
  }));
}
