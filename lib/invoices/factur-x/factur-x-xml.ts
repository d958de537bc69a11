import { InvoiceService } from "@e-invoice-eu/core";
import { completeCii } from "./complete-cii";
import { en16931Invoice } from "./en16931-invoice";
import type { FacturXInvoice } from "./factur-x-invoice";
import { isTaxed, legalNotes } from "./legal-notes";

const silent = { log() {}, warn() {}, error() {} };

/** The factur-x.xml of an invoice or credit note: CII D16B, profile EN 16931 (urn:cen.eu:en16931:2017). */
export async function facturXXml(invoice: FacturXInvoice): Promise<string> {
  const cii = await new InvoiceService(silent).generate(en16931Invoice(invoice), { format: "CII", lang: "fr-fr", noWarnings: true });
  return completeCii(cii as string, {
    notes: legalNotes(invoice),
    sellerSiret: invoice.seller.siret,
    buyerSiret: invoice.buyer.siret,
    preceding: invoice.credited,
    vatDueDateTypeCode: isTaxed(invoice) ? (invoice.vatOnDebits ? "5" : "72") : null,
  });
}
