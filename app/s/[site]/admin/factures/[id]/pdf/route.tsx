import { z } from "zod";
import { getBrand } from "@/lib/branding/get-brand";
import { db } from "@/lib/db";
import { staffRoute } from "@/lib/http/define-route";
import { idParam } from "@/lib/http/request-params";
import { renderFacturX } from "@/lib/invoices/factur-x/render-factur-x";
import { getStaffInvoice } from "@/lib/invoices/get-staff-invoice";
import { pdfResponse } from "@/lib/pdf/render-pdf";

export const runtime = "nodejs";

// GET /admin/factures/<id>/pdf: an invoice of the organisation as Factur-X (another organisation's id: not found).
export const GET = staffRoute({ params: z.object({ id: idParam }) }, async ({ params }, context) => {
  const { companyId, ...invoice } = await getStaffInvoice({ context, invoiceId: params.id });
  const brand = await getBrand({ db, organizationId: context.organizationId, companyId });
  return pdfResponse(await renderFacturX({ brand, invoice }), `${invoice.number}.pdf`);
});
