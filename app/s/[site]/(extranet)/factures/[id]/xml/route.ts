import { z } from "zod";
import { contactRoute } from "@/lib/http/define-route";
import { idParam } from "@/lib/http/request-params";
import { facturXXml } from "@/lib/invoices/factur-x/factur-x-xml";
import { xmlResponse } from "@/lib/invoices/factur-x/xml-response";
import { getInvoice } from "@/lib/invoices/get-invoice";

export const runtime = "nodejs";

// GET /factures/<id>/xml: the company's invoice as bare CII XML, EN 16931 (another company's or organisation's id: not found).
export const GET = contactRoute({ params: z.object({ id: idParam }) }, async ({ params }, context) => {
  const invoice = await getInvoice({ context, invoiceId: params.id });
  return xmlResponse(await facturXXml(invoice), `${invoice.number}.xml`);
});
