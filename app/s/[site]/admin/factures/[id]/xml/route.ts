import { z } from "zod";
import { staffRoute } from "@/lib/http/define-route";
import { idParam } from "@/lib/http/request-params";
import { facturXXml } from "@/lib/invoices/factur-x/factur-x-xml";
import { xmlResponse } from "@/lib/invoices/factur-x/xml-response";
import { getStaffInvoice } from "@/lib/invoices/get-staff-invoice";

export const runtime = "nodejs";

// GET /admin/factures/<id>/xml: an invoice of the organisation as bare CII XML (another organisation's id: not found).
export const GET = staffRoute({ params: z.object({ id: idParam }) }, async ({ params }, context) => {
  const invoice = await getStaffInvoice({ context, invoiceId: params.id });
  return xmlResponse(await facturXXml(invoice), `${invoice.number}.xml`);
});
