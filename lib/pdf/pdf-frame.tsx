import type { ReactNode } from "react";
import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { Brand } from "../branding/brand";
import { STANDARD_FONTS, type PdfFonts } from "./embedded-fonts";
import { pdfStyles } from "./pdf-styles";

interface PdfFrameProps {
  brand: Brand;
  title: string;
  /** Shown under the issuer band on every page, e.g. "Facture FA-2026-00012". */
  reference?: string;
  /** Written into the metadata instead of the clock, so the same data gives the same file. */
  createdAt: Date;
  /** PDF/A-3b for archived documents (invoices): every font must then be embedded (embedded-fonts.ts). */
  conformance?: "PDF/A-3b";
  fonts?: PdfFonts;
  children: ReactNode;
}

/**
 * Every generated PDF's frame, fed by the same Brand as the emails: the issuer's colour band and name,
 * then the content, and a footer with its legal identity and page numbers. (Logos are SVG files, which
 * react-pdf's Image cannot draw; the band carries the brand instead.)
 */
export function PdfFrame({ brand, title, reference, createdAt, conformance, fonts = STANDARD_FONTS, children }: PdfFrameProps) {
  const legal = [
    brand.legalName,
    ...brand.addressLines,
    brand.siret && `SIRET ${brand.siret}`,
    brand.nda && `NDA ${brand.nda}`,
    brand.vatNumber && `TVA ${brand.vatNumber}`,
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <Document
      title={title}
      author={brand.legalName}
      creator="Passerelle"
      producer="Passerelle"
      language="fr"
      creationDate={createdAt}
      modificationDate={createdAt}
      conformance={conformance}
    >
      <Page size="A4" style={[pdfStyles.page, { fontFamily: fonts.regular }]}>
        <View style={[pdfStyles.band, { backgroundColor: brand.primaryColor }]} fixed>
          <Text style={[pdfStyles.bandName, { color: brand.contrastColor, fontFamily: fonts.bold }]}>{brand.name}</Text>
        </View>
        {reference && <Text style={pdfStyles.reference}>{reference}</Text>}
        {children}
        <View style={pdfStyles.footer} fixed>
          <Text>{legal}</Text>
          <Text render={({ pageNumber, totalPages }) => `${pageNumber} / ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}
