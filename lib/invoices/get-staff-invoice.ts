import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import type { StaffContext } from "../auth/require-staff";
import { invoiceDetailSelect, toInvoiceDetail, type InvoiceDetail } from "./invoice-detail";

/** One invoice of the staff member's organisation (another organisation's id: not found), for /admin. */
export async function getStaffInvoice({
  context,
  invoiceId,
  now = new Date(),
}: {
  context: Pick<StaffContext, "organizationId">;
  invoiceId: string;
  now?: Date;
}): Promise<InvoiceDetail & { companyId: string }> {
  const invoice = await db.invoice.findFirst({
    where: { organizationId: context.organizationId, id: invoiceId },
    select: { ...invoiceDetailSelect, companyId: true },
  });
  if (!invoice) notFound();
  return { ...toInvoiceDetail(invoice, now), companyId: invoice.companyId };
}
