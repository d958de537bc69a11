import { z } from "zod";
import { InvoicePdf } from "@/components/invoices/invoice-pdf";
import { getBrand } from "@/lib/branding/get-brand";
import { db } from "@/lib/db";
import { contactRoute } from "@/lib/http/define-route";
import { idParam } from "@/lib/http/request-params";
import { getInvoice } from "@/lib/invoices/get-invoice";
import { memoizedPdf } from "@/lib/pdf/memoized-pdf";
import { pdfResponse, renderPdf } from "@/lib/pdf/render-pdf";

export const runtime = "nodejs";

// GET /factures/<id>/pdf: the company's invoice (another company's or organisation's id: not found).
export const GET = contactRoute({ params: z.object({ id: idParam }) }, async ({ params }, context) => {
  const invoice = await getInvoice({ context, invoiceId: params.id });
  const brand = await getBrand({ db, organizationId: context.organizationId, companyId: context.company.id });
  const bytes = await memoizedPdf({ kind: "invoice", brand, invoice }, () => renderPdf(<InvoicePdf brand={brand} invoice={invoice} />));
  return pdfResponse(bytes, `${invoice.number}.pdf`);
});
