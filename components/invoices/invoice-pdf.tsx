import { Text, View } from "@react-pdf/renderer";
import type { Brand } from "@/lib/branding/brand";
import type { FacturXParty } from "@/lib/invoices/factur-x/factur-x-invoice";
import { legalNotes } from "@/lib/invoices/factur-x/legal-notes";
import type { InvoiceDetail } from "@/lib/invoices/invoice-detail";
import type { PdfFonts } from "@/lib/pdf/embedded-fonts";
import { PdfFrame } from "@/lib/pdf/pdf-frame";
import { pdfStyles } from "@/lib/pdf/pdf-styles";
import { formatDate, formatMoney } from "@/lib/format/format";

// The PDF's fonts have no narrow no-break space: plain spaces.
const euros = (cents: number) => formatMoney(cents, "fr", { plainSpaces: true });
const day = (date: Date) => formatDate(date, "fr", "long");
const cell = { paddingHorizontal: 4 } as const;
const siren = (siret: string | null) => siret?.replace(/\s/g, "").slice(0, 9);

function Identifiers({ party }: { party: FacturXParty }) {
  return (
    <>
      {party.siret && (
        <Text>
          SIREN : {siren(party.siret)} · SIRET : {party.siret}
        </Text>
      )}
      {party.vatNumber && <Text>N° TVA intracommunautaire : {party.vatNumber}</Text>}
    </>
  );
}

/**
 * A French invoice (art. L441-9 and R123-237 Code de commerce, art. 242 nonies A annexe II CGI): sequential
 * number, issue and due dates, the seller's identity (SIRET, VAT number, NDA), the buyer, the lines,
 * totals excl./incl. VAT or the exemption mention, late-payment penalties and the 40 € recovery fee, and
 * the e-invoicing reform's mentions (legal-notes.ts). PDF/A-3b with Inter embedded: the visible half of a
 * Factur-X file (render-factur-x.tsx).
 */
export function InvoicePdf({ brand, invoice, fonts }: { brand: Brand; invoice: InvoiceDetail; fonts: PdfFonts }) {
  const isCredit = invoice.kind === "CREDIT_NOTE";
  const title = `${isCredit ? "Avoir" : "Facture"} n° ${invoice.number}`;
  const vatRates = [...new Set(invoice.lines.map((line) => line.vatRateBasisPoints))];
  const exempt = invoice.vatExempt || invoice.vatCents === 0;
  const bold = { fontFamily: fonts.bold };
  return (
    <PdfFrame brand={brand} title={title} reference={title} createdAt={invoice.issueDate} conformance="PDF/A-3b" fonts={fonts}>
      <Text style={[pdfStyles.title, bold]}>{title}</Text>
      <View style={{ flexDirection: "row", justifyContent: "space-between", marginBottom: 10 }}>
        <View style={{ width: "48%" }}>
          <Text style={pdfStyles.label}>Vendeur</Text>
          <Text style={bold}>{brand.legalName}</Text>
          {brand.addressLines.map((line) => (
            <Text key={line}>{line}</Text>
          ))}
          <Identifiers party={invoice.seller} />
          {brand.nda && <Text>Déclaration d’activité (NDA) : {brand.nda}</Text>}
        </View>
        <View style={{ width: "48%" }}>
          <Text style={pdfStyles.label}>Client</Text>
          <Text style={bold}>{invoice.buyer.name}</Text>
          {invoice.buyer.line && <Text>{invoice.buyer.line}</Text>}
          {(invoice.buyer.postalCode || invoice.buyer.city) && (
            <Text>{[invoice.buyer.postalCode, invoice.buyer.city].filter(Boolean).join(" ")}</Text>
          )}
          <Identifiers party={invoice.buyer} />
          {invoice.delivery && (
            <Text>
              Lieu de réalisation : {[invoice.delivery.line, invoice.delivery.postalCode, invoice.delivery.city].filter(Boolean).join(" ")}
            </Text>
          )}
        </View>
      </View>
      <Text>Date d’émission : {day(invoice.issueDate)}</Text>
      <Text>Date d’échéance : {day(invoice.dueDate)}</Text>
      {invoice.credited && (
        <Text>
          Avoir sur la facture n° {invoice.credited.number} du {day(invoice.credited.issueDate)}
        </Text>
      )}
      {invoice.actionLabel && <Text>Action de formation : {invoice.actionLabel}</Text>}

      <Text style={[pdfStyles.heading, bold]}>Détail</Text>
      <View style={[pdfStyles.row, bold]}>
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
        <View style={[{ flexDirection: "row", justifyContent: "space-between" }, bold]}>
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
      <Text style={[pdfStyles.heading, bold]}>Mentions légales</Text>
      {legalNotes(invoice).map((note) => (
        <Text key={note.text}>{note.text}</Text>
      ))}
      <Text>Paiement à réception, au plus tard à la date d’échéance ci-dessus.</Text>
    </PdfFrame>
  );
}
