import "server-only";
import { AFRelationship, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from "pdf-lib";

export const FACTUR_X_FILENAME = "factur-x.xml";

// The Factur-X 1.0 XMP extension schema (Factur-X 1.07 specification, § 6.2.2), declared as PDF/A asks
// of any schema outside its predefined list.
const FACTUR_X_XMP = (conformanceLevel: string) => `
  <rdf:Description rdf:about="" xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#">
    <fx:DocumentType>INVOICE</fx:DocumentType>
    <fx:DocumentFileName>${FACTUR_X_FILENAME}</fx:DocumentFileName>
    <fx:Version>1.0</fx:Version>
    <fx:ConformanceLevel>${conformanceLevel}</fx:ConformanceLevel>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
      xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
    <pdfaExtension:schemas>
      <rdf:Bag>
        <rdf:li rdf:parseType="Resource">
          <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
          <pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>
          <pdfaSchema:prefix>fx</pdfaSchema:prefix>
          <pdfaSchema:property>
            <rdf:Seq>
              ${[
                ["DocumentFileName", "The name of the embedded XML document"],
                ["DocumentType", "The type of the hybrid document in capital letters, e.g. INVOICE or ORDER"],
                ["Version", "The actual version of the standard applying to the embedded XML document"],
                ["ConformanceLevel", "The conformance level of the embedded XML document"],
              ]
                .map(
                  ([name, description]) => `<rdf:li rdf:parseType="Resource">
                <pdfaProperty:name>${name}</pdfaProperty:name>
                <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                <pdfaProperty:category>external</pdfaProperty:category>
                <pdfaProperty:description>${description}</pdfaProperty:description>
              </rdf:li>`,
                )
                .join("\n              ")}
            </rdf:Seq>
          </pdfaSchema:property>
        </rdf:li>
      </rdf:Bag>
    </pdfaExtension:schemas>
  </rdf:Description>
`;

/**
 * Turns a PDF/A-3b rendered by react-pdf (pdfkit writes its XMP with pdfaid part 3 / conformance B, the
 * sRGB output intent and the trailer ID) into a Factur-X file: the XML attached as factur-x.xml with
 * AFRelationship Alternative and listed in the catalogue's /AF, and the Factur-X schema added to the XMP.
 */
export async function embedFacturX(pdfBytes: Uint8Array, xml: string, { date }: { date: Date }): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(pdfBytes, { updateMetadata: false });
  await pdf.attach(new TextEncoder().encode(xml), FACTUR_X_FILENAME, {
    mimeType: "text/xml",
    description: "Factur-X invoice (EN 16931)",
    creationDate: date,
    modificationDate: date,
    afRelationship: AFRelationship.Alternative,
  });

  const metadataRef = pdf.catalog.get(PDFName.of("Metadata"));
  const metadata = metadataRef && pdf.context.lookup(metadataRef);
  if (!(metadata instanceof PDFRawStream)) throw new Error("The PDF has no XMP metadata: render it with conformance PDF/A-3b");
  const xmp = new TextDecoder().decode(decodePDFRawStream(metadata).decode());
  const withFacturX = xmp.replace("</rdf:RDF>", `${FACTUR_X_XMP("EN 16931")}</rdf:RDF>`);
  const stream = pdf.context.stream(new TextEncoder().encode(withFacturX), { Type: "Metadata", Subtype: "XML" });
  pdf.catalog.set(PDFName.of("Metadata"), pdf.context.register(stream));
  return pdf.save({ useObjectStreams: false });
}
