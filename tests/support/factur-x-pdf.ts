import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream, decodePDFRawStream } from "pdf-lib";

export interface FacturXFile {
  /** The XMP packet of the catalogue. */
  xmp: string;
  /** The factur-x.xml attached, listed in /AF, with its relationship and MIME type. */
  xml: string;
  afRelationship: string | undefined;
  mimeType: string | undefined;
  outputIntent: string | undefined;
  /** Fonts of the pages that carry no embedded font program (PDF/A forbids any). */
  fontsNotEmbedded: string[];
}

const bytesOf = (stream: PDFStream) => (stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents());

/** Reads what makes a PDF a Factur-X file, with pdf-lib (as a receiving platform would before its own checks). */
export async function readFacturX(bytes: Uint8Array): Promise<FacturXFile> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const { catalog, context } = pdf;
  const xmp = new TextDecoder().decode(bytesOf(catalog.lookup(PDFName.of("Metadata"), PDFStream)));
  const associated = catalog.lookup(PDFName.of("AF"), PDFArray);
  const spec = associated.lookup(0, PDFDict);
  const embedded = spec.lookup(PDFName.of("EF"), PDFDict).lookup(PDFName.of("F"), PDFStream);
  const intents = catalog.lookup(PDFName.of("OutputIntents"), PDFArray);
  const fontsNotEmbedded: string[] = [];
  for (const [, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of("Type")) !== PDFName.of("FontDescriptor")) continue;
    const embeddedProgram = ["FontFile", "FontFile2", "FontFile3"].some((key) => object.get(PDFName.of(key)) instanceof PDFRef);
    if (!embeddedProgram) fontsNotEmbedded.push(String(object.get(PDFName.of("FontName"))));
  }
  return {
    xmp,
    xml: new TextDecoder().decode(bytesOf(embedded)),
    afRelationship: spec.get(PDFName.of("AFRelationship"))?.toString(),
    mimeType: embedded.dict.get(PDFName.of("Subtype"))?.toString(),
    outputIntent: intents.lookup(0, PDFDict).get(PDFName.of("S"))?.toString(),
    fontsNotEmbedded,
  };
}
