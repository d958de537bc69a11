import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import type { ContactContext } from "../auth/require-contact";
import { viewedCompanies, viewedCompaniesScope } from "../tenancy/viewed-companies";
import { invoiceDetailSelect, toInvoiceDetail, type InvoiceDetail } from "./invoice-detail";

export type { InvoiceDetail } from "./invoice-detail";

/** One invoice of the company (another company's or organisation's id: not found), for its page, PDF and XML. */
export async function getInvoice({
  context,
  invoiceId,
  now = new Date(),
}: {
  context: ContactContext;
  invoiceId: string;
  now?: Date;
}): Promise<InvoiceDetail> {
  const invoice = await db.invoice.findFirst({
    where: { ...viewedCompaniesScope(viewedCompanies(context)), id: invoiceId },
    select: invoiceDetailSelect,
  });
  if (!invoice) notFound();
  return toInvoiceDetail(invoice, now);
}
