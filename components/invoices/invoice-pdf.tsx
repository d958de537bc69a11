import { Text, View } from "@react-pdf/renderer";
import type { Brand } from "@/lib/branding/brand";
import type { InvoiceDetail } from "@/lib/invoices/get-invoice";
import { PdfFrame } from "@/lib/pdf/pdf-frame";
import { pdfStyles } from "@/lib/pdf/pdf-styles";
import { formatDate, formatMoney } from "@/lib/format/format";

// The PDF's fonts have no narrow no-break space: plain spaces.
const euros = (cents: number) => formatMoney(cents, "fr", { plainSpaces: true });
const day = (date: Date) => formatDate(date, "fr", "long");
const cell = { paddingHorizontal: 4 } as const;

/**
 * A French invoice (art. L441-9 and R123-237 Code de commerce, art. 242 nonies A annexe II CGI): sequential
 * number, issue and due dates, the seller's identity (SIRET, VAT number, NDA), the buyer, the lines,
 * totals excl./incl. VAT or the exemption mention, late-payment penalties and the 40 € recovery fee.
 */
export function InvoicePdf({ brand, invoice }: { brand: Brand; invoice: InvoiceDetail }) {
  const isCredit = invoice.kind === "CREDIT_NOTE";
  const title = `${isCredit ? "Avoir" : "Facture"} n° ${invoice.number}`;
  const vatRates = [...new Set(invoice.lines.map((line) => line.vatRateBasisPoints))];
  const exempt = invoice.vatExempt || invoice.vatCents === 0;
  return (
    <PdfFrame brand={brand} title={title} reference={title} createdAt={invoice.issueDate}>
      <Text style={pdfStyles.title}>{title}</Text>
      <View style={{ flexDirection: "row", justifyContent: "space-between", marginBottom: 10 }}>
        <View style={{ width: "48%" }}>
          <Text style={pdfStyles.label}>Vendeur</Text>
          <Text style={pdfStyles.strong}>{brand.legalName}</Text>
          {brand.addressLines.map((line) => (
            <Text key={line}>{line}</Text>
          ))}
          {brand.siret && <Text>SIRET : {brand.siret}</Text>}
          {brand.vatNumber && <Text>N° TVA intracommunautaire : {brand.vatNumber}</Text>}
          {brand.nda && <Text>Déclaration d’activité (NDA) : {brand.nda}</Text>}
        </View>
        <View style={{ width: "48%" }}>
          <Text style={pdfStyles.label}>Client</Text>
          <Text style={pdfStyles.strong}>{invoice.buyer.name}</Text>
          {invoice.buyer.address && <Text>{invoice.buyer.address}</Text>}
          {(invoice.buyer.postalCode || invoice.buyer.city) && (
            <Text>{[invoice.buyer.postalCode, invoice.buyer.city].filter(Boolean).join(" ")}</Text>
          )}
          {invoice.buyer.siret && <Text>SIRET : {invoice.buyer.siret}</Text>}
        </View>
      </View>
      <Text>Date d’émission : {day(invoice.issueDate)}</Text>
      <Text>Date d’échéance : {day(invoice.dueDate)}</Text>
      {invoice.creditedNumber && <Text>Avoir sur la facture n° {invoice.creditedNumber}</Text>}
      {invoice.actionLabel && <Text>Action de formation : {invoice.actionLabel}</Text>}

      <Text style={pdfStyles.heading}>Détail</Text>
      <View style={[pdfStyles.row, pdfStyles.strong]}>
        <Text style={[cell, { width: "46%" }]}>Désignation</Text>
        <Text style={[cell, { width: "10%", textAlign: "right" }]}>Qté</Text>
        <Text style={[cell, { width: "16%", textAlign: "right" }]}>PU HT</Text>
        <Text style={[cell, { width: "10%", textAlign: "right" }]}>TVA</Text>
        <Text style={[cell, { width: "18%", textAlign: "right" }]}>Total HT</Text>
      </View>
      {invoice.lines.map((line, index) => (
        <View key={index} style={pdfStyles.row} wrap={false}>
          <Text style={[cell, { width: "46%" }]}>{line.label}</Text>
          <Text style={[cell, { width: "10%", textAlign: "right" }]}>{line.quantity}</Text>
          <Text style={[cell, { width: "16%", textAlign: "right" }]}>{euros(line.unitPriceCents)}</Text>
          <Text style={[cell, { width: "10%", textAlign: "right" }]}>{line.vatRateBasisPoints / 100} %</Text>
          <Text style={[cell, { width: "18%", textAlign: "right" }]}>{euros(line.totalExclTaxCents)}</Text>
        </View>
      ))}
      <View style={{ alignSelf: "flex-end", width: "45%", marginTop: 8 }}>
        <View style={{ flexDirection: "row", justifyContent: "space-between" }}>
          <Text>Total HT</Text>
          <Text>{euros(invoice.totalExclTaxCents)}</Text>
        </View>
        <View style={{ flexDirection: "row", justifyContent: "space-between" }}>
          <Text>TVA{!exempt && vatRates.length === 1 ? ` (${vatRates[0] / 100} %)` : ""}</Text>
          <Text>{euros(invoice.vatCents)}</Text>
        </View>
        <View style={[{ flexDirection: "row", justifyContent: "space-between" }, pdfStyles.strong]}>
          <Text>Total TTC</Text>
          <Text>{euros(invoice.totalInclTaxCents)}</Text>
        </View>
        {invoice.paidCents > 0 && (
          <View style={{ flexDirection: "row", justifyContent: "space-between" }}>
            <Text>Déjà réglé</Text>
            <Text>{euros(invoice.paidCents)}</Text>
          </View>
        )}
        {invoice.paidCents > 0 && (
          <View style={{ flexDirection: "row", justifyContent: "space-between" }}>
            <Text>Reste à payer</Text>
            <Text>{euros(Math.max(0, invoice.totalInclTaxCents - invoice.paidCents))}</Text>
          </View>
        )}
      </View>
      {exempt && <Text style={{ marginTop: 10 }}>TVA non applicable, article 261-4-4° a du CGI (formation professionnelle continue).</Text>}
      <Text style={pdfStyles.heading}>Conditions de règlement</Text>
      <Text>Paiement à réception, au plus tard à la date d’échéance ci-dessus. Pas d’escompte pour paiement anticipé.</Text>
      <Text>
        En cas de retard de paiement, des pénalités sont exigibles au taux de trois fois le taux d’intérêt légal (art. L441-10 du Code de
        commerce), ainsi qu’une indemnité forfaitaire pour frais de recouvrement de 40 € (art. D441-5 du Code de commerce).
      </Text>
    </PdfFrame>
  );
}
