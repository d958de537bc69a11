import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { utcToday } from "../trainings/utc-today";
import { invoiceRowSelect, invoiceStatus, type InvoiceStatus } from "./invoice-status";

export const STAFF_COMPANY_INVOICES_SHOWN = 10;

export interface StaffCompanyInvoice {
  id: string;
  number: string;
  kind: "INVOICE" | "CREDIT_NOTE";
  issueDate: Date;
  totalInclTaxCents: number;
  status: InvoiceStatus;
}

/** A company's latest invoices and credit notes, for its page in /admin: the staff member's organisation only. */
export async function listCompanyInvoicesForStaff({
  staff,
  companyId,
  now = new Date(),
}: {
  staff: Pick<StaffContext, "organizationId">;
  companyId: string;
  now?: Date;
}): Promise<{ rows: StaffCompanyInvoice[]; total: number }> {
  const where = { organizationId: staff.organizationId, companyId };
  const [invoices, total] = await Promise.all([
    db.invoice.findMany({
      where,
      orderBy: [{ issueDate: "desc" }, { sequence: "desc" }],
      take: STAFF_COMPANY_INVOICES_SHOWN,
      select: invoiceRowSelect,
    }),
    db.invoice.count({ where }),
  ]);
  const today = utcToday(now);
  return {
    rows: invoices.map(({ dueDate, paidCents, cancelledAt, ...invoice }) => ({
      ...invoice,
      status: invoiceStatus({ cancelledAt, paidCents, totalInclTaxCents: invoice.totalInclTaxCents, dueDate }, today),
    })),
    total,
  };
}
