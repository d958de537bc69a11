import "server-only";
import { InvoicePdf } from "@/components/invoices/invoice-pdf";
import type { Brand } from "../../branding/brand";
import { embeddedFonts } from "../../pdf/embedded-fonts";
import { memoizedPdf } from "../../pdf/memoized-pdf";
import { renderPdf } from "../../pdf/render-pdf";
import type { InvoiceDetail } from "../invoice-detail";
import { embedFacturX } from "./embed-factur-x";
import { facturXXml } from "./factur-x-xml";

/** The Factur-X file of an invoice or credit note (EN 16931 profile): its PDF/A-3b with factur-x.xml inside. */
export function renderFacturX({ brand, invoice }: { brand: Brand; invoice: InvoiceDetail }): Promise<Uint8Array> {
  return memoizedPdf({ kind: "factur-x", brand, invoice }, async () => {
    const [pdf, xml] = await Promise.all([
      renderPdf(<InvoicePdf brand={brand} invoice={invoice} fonts={embeddedFonts()} />),
      facturXXml(invoice),
    ]);
    return embedFacturX(pdf, xml, { date: invoice.issueDate });
  });
}
