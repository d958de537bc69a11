import { InvoicePdf } from "@/components/invoices/invoice-pdf";
import { requireContact } from "@/lib/auth/require-contact";
import { getBrand } from "@/lib/branding/get-brand";
import { db } from "@/lib/db";
import { getInvoice } from "@/lib/invoices/get-invoice";
import { memoizedPdf } from "@/lib/pdf/memoized-pdf";
import { pdfResponse, renderPdf } from "@/lib/pdf/render-pdf";

export const runtime = "nodejs";

// GET /factures/<id>/pdf: the company's invoice (another company's or organisation's id: not found).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const context = await requireContact();
  const invoice = await getInvoice({ context, invoiceId: (await params).id });
  const brand = await getBrand({ db, organizationId: context.organizationId, companyId: context.company.id });
  const bytes = await memoizedPdf({ kind: "invoice", brand, invoice }, () => renderPdf(<InvoicePdf brand={brand} invoice={invoice} />));
  return pdfResponse(bytes, `${invoice.number}.pdf`);
}
