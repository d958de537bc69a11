import { Text, View } from "@react-pdf/renderer";
import type { Brand } from "../../branding/brand";
import type { PdfFonts } from "../../pdf/embedded-fonts";
import { PdfFrame } from "../../pdf/pdf-frame";
import { pdfStyles } from "../../pdf/pdf-styles";
import { TRAINING_EXEMPTION } from "../../invoices/factur-x/legal-notes";
import { QUOTE_VAT_RATE_PERCENT } from "../../quotes/quote-totals";
import { formatDate, formatMoney } from "../../format/format";

/** What the quote PDF shows, frozen when the quote is sent. */
export interface QuotePdfData {
  number: string;
  type: "INTRA" | "INTER";
  issuedAt: Date;
  validUntil: Date;
  conditions: string;
  participantCount: number;
  startDate: Date | null;
  endDate: Date | null;
  vatExempt: boolean;
  company: {
    name: string;
    siret: string | null;
    vatNumber: string | null;
    address: string | null;
    postalCode: string | null;
    city: string | null;
  };
  contactName: string;
  lines: { label: string; quantity: number; unitPriceCents: number; totalCents: number }[];
  totalExclTaxCents: number;
  vatCents: number;
  totalInclTaxCents: number;
}

// The PDF's fonts have no narrow no-break space: plain spaces.
const euros = (cents: number) => formatMoney(cents, "fr", { plainSpaces: true });
const day = (date: Date) => formatDate(date, "fr", "long");
const cell = { paddingHorizontal: 4 } as const;

/**
 * A French training quote: number and dates, the organisation's identity (SIRET, NDA, VAT number), the
 * client, the lines at the company's prices, totals excl./incl. VAT or the exemption mention (art.
 * 261-4-4° a CGI), validity, conditions, and the acceptance block the electronic signature stamps.
 */
export function QuoteTemplate({ brand, data, fonts }: { brand: Brand; data: QuotePdfData; fonts: PdfFonts }) {
  const title = `Devis n° ${data.number}`;
  const bold = { fontFamily: fonts.bold };
  const address = [data.company.address, [data.company.postalCode, data.company.city].filter(Boolean).join(" ")].filter(Boolean);
  return (
    <PdfFrame brand={brand} title={title} reference={title} createdAt={data.issuedAt} fonts={fonts}>
      <Text style={[pdfStyles.title, bold]}>{title}</Text>
      <View style={{ flexDirection: "row", justifyContent: "space-between", marginBottom: 10 }}>
        <View style={{ width: "48%" }}>
          <Text style={pdfStyles.label}>Organisme de formation</Text>
          <Text style={bold}>{brand.legalName}</Text>
          {brand.addressLines.map((line) => (
            <Text key={line}>{line}</Text>
          ))}
          {brand.siret && <Text>SIRET : {brand.siret}</Text>}
          {brand.vatNumber && <Text>N° TVA intracommunautaire : {brand.vatNumber}</Text>}
          {brand.nda && <Text>Déclaration d’activité (NDA) : {brand.nda} — cet enregistrement ne vaut pas agrément de l’État</Text>}
        </View>
        <View style={{ width: "48%" }}>
          <Text style={pdfStyles.label}>Client</Text>
          <Text style={bold}>{data.company.name}</Text>
          {address.map((line) => (
            <Text key={line}>{line}</Text>
          ))}
          {data.company.siret && <Text>SIRET : {data.company.siret}</Text>}
          {data.company.vatNumber && <Text>N° TVA intracommunautaire : {data.company.vatNumber}</Text>}
          <Text>À l’attention de {data.contactName}</Text>
        </View>
      </View>
      <Text>Date du devis : {day(data.issuedAt)}</Text>
      <Text>Valable jusqu’au : {day(data.validUntil)}</Text>
      <Text>
        Formation {data.type === "INTRA" ? "intra-entreprise" : "inter-entreprises"} · {data.participantCount} participant
        {data.participantCount > 1 ? "s" : ""}
      </Text>
      {data.startDate && data.endDate && (
        <Text>
          Dates prévues : du {day(data.startDate)} au {day(data.endDate)}
        </Text>
      )}

      <Text style={[pdfStyles.heading, bold]}>Détail</Text>
      <View style={[pdfStyles.row, bold]}>
        <Text style={[cell, { width: "52%" }]}>Désignation</Text>
        <Text style={[cell, { width: "10%", textAlign: "right" }]}>Qté</Text>
        <Text style={[cell, { width: "19%", textAlign: "right" }]}>PU HT</Text>
        <Text style={[cell, { width: "19%", textAlign: "right" }]}>Total HT</Text>
      </View>
      {data.lines.map((line, index) => (
        <View key={index} style={pdfStyles.row} wrap={false}>
          <Text style={[cell, { width: "52%" }]}>{line.label}</Text>
          <Text style={[cell, { width: "10%", textAlign: "right" }]}>{line.quantity}</Text>
          <Text style={[cell, { width: "19%", textAlign: "right" }]}>{euros(line.unitPriceCents)}</Text>
          <Text style={[cell, { width: "19%", textAlign: "right" }]}>{euros(line.totalCents)}</Text>
        </View>
      ))}
      <View style={{ alignSelf: "flex-end", width: "45%", marginTop: 8 }}>
        <View style={{ flexDirection: "row", justifyContent: "space-between" }}>
          <Text>Total HT</Text>
          <Text>{euros(data.totalExclTaxCents)}</Text>
        </View>
        <View style={{ flexDirection: "row", justifyContent: "space-between" }}>
          <Text>TVA{data.vatExempt ? "" : ` (${QUOTE_VAT_RATE_PERCENT} %)`}</Text>
          <Text>{euros(data.vatCents)}</Text>
        </View>
        <View style={[{ flexDirection: "row", justifyContent: "space-between" }, bold]}>
          <Text>Total TTC</Text>
          <Text>{euros(data.totalInclTaxCents)}</Text>
        </View>
      </View>

      <Text style={[pdfStyles.heading, bold]}>Conditions</Text>
      <Text>{data.conditions}</Text>
      <Text style={[pdfStyles.heading, bold]}>Mentions légales</Text>
      {data.vatExempt && <Text>{TRAINING_EXEMPTION.text} (formation professionnelle continue).</Text>}
      <Text>Prix en euros, hors frais de déplacement sauf mention contraire. Devis gratuit.</Text>
      <Text>
        Ce devis devient un engagement une fois accepté par la signature électronique du client avant le {day(data.validUntil)} ; passé
        cette date, il n’est plus valable.
      </Text>
      <Text>
        En cas de retard de paiement, pénalités au taux de trois fois le taux d’intérêt légal (art. L441-10 du Code de commerce) et
        indemnité forfaitaire de 40 € pour frais de recouvrement.
      </Text>
      <View style={{ marginTop: 16, borderWidth: 0.5, borderColor: "#9ca3af", borderRadius: 4, padding: 8, height: 80 }} wrap={false}>
        <Text style={bold}>Bon pour accord — {data.company.name}</Text>
        <Text style={{ fontSize: 8, color: "#6b7280" }}>Date, nom, qualité et signature</Text>
      </View>
    </PdfFrame>
  );
}
