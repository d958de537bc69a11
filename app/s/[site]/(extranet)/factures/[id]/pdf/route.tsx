import { z } from "zod";
import { getBrand } from "@/lib/branding/get-brand";
import { db } from "@/lib/db";
import { contactRoute } from "@/lib/http/define-route";
import { idParam } from "@/lib/http/request-params";
import { renderFacturX } from "@/lib/invoices/factur-x/render-factur-x";
import { getInvoice } from "@/lib/invoices/get-invoice";
import { pdfResponse } from "@/lib/pdf/render-pdf";

export const runtime = "nodejs";

// GET /factures/<id>/pdf: the company's invoice as Factur-X (another company's or organisation's id: not found).
export const GET = contactRoute({ params: z.object({ id: idParam }) }, async ({ params }, context) => {
  const invoice = await getInvoice({ context, invoiceId: params.id });
  const brand = await getBrand({ db, organizationId: context.organizationId, companyId: context.company.id });
  return pdfResponse(await renderFacturX({ brand, invoice }), `${invoice.number}.pdf`);
});
