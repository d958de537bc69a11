import type { CiiNote } from "./complete-cii";
import type { FacturXInvoice } from "./factur-x-invoice";

/** Art. 261-4-4° a CGI: continuing vocational training is exempt (VATEX code list of the CEF). */
export const TRAINING_EXEMPTION = { code: "VATEX-FR-CGI261-4", text: "TVA non applicable, article 261-4-4° a du CGI" } as const;

/** Whether any line is taxed; an invoice with none is exempt as training. */
export const isTaxed = (invoice: Pick<FacturXInvoice, "lines">) => invoice.lines.some((line) => line.vatRateBasisPoints > 0);

/**
 * The mentions French law asks of every invoice of this organisation, the same in the PDF and in the XML
 * (BT-22 with its subject code): category of operation, the subrogation a funder pays under, the VAT regime (debits option or exemption),
 * late-payment penalties, the 40 € recovery fee and the absence of early-payment discount.
 */
export function legalNotes(invoice: Pick<FacturXInvoice, "lines" | "vatOnDebits" | "subrogation">): CiiNote[] {
  const taxed = isTaxed(invoice);
  const { subrogation } = invoice;
  return [
    { subject: "AAI", text: "Catégorie d'opération : prestation de services." },
    ...(subrogation
      ? [
          {
            subject: "AAI" as const,
            text: [
              `Paiement par subrogation pour le compte de ${subrogation.companyName}`,
              subrogation.companySiret ? ` (SIRET ${subrogation.companySiret})` : "",
              subrogation.agreementNumber ? `, accord de prise en charge n° ${subrogation.agreementNumber}` : "",
              ".",
            ].join(""),
          },
        ]
      : []),
    ...(taxed && invoice.vatOnDebits ? [{ subject: "AAI" as const, text: "Option pour le paiement de la TVA d'après les débits." }] : []),
    ...(taxed ? [] : [{ subject: "AAI" as const, text: `${TRAINING_EXEMPTION.text} (formation professionnelle continue).` }]),
    {
      subject: "PMD",
      text: "En cas de retard de paiement, pénalités au taux de trois fois le taux d'intérêt légal (art. L441-10 du Code de commerce).",
    },
    { subject: "PMT", text: "Indemnité forfaitaire pour frais de recouvrement : 40 € (art. D441-5 du Code de commerce)." },
    { subject: "AAB", text: "Pas d'escompte pour paiement anticipé." },
  ];
}
