import { PDFDocument, StandardFonts } from "pdf-lib";

/** A small real PDF made by pdf-lib (CommonJS, so jest loads it): `pages` pages, each with a line of text. */
export async function makeTestPdf(text = "Document d’essai", pages = 2): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let index = 0; index < pages; index++) {
    const page = pdf.addPage([595.28, 841.89]);
    page.drawText(`${text} — page ${index + 1}`, { x: 50, y: 780, size: 14, font });
  }
  pdf.setCreationDate(new Date("2026-01-01T00:00:00Z"));
  return pdf.save();
}

export function pdfFormData(fields: Record<string, string>, file?: { bytes: Uint8Array; name: string; type?: string }): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  if (file) form.set("file", new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? "application/pdf" }));
  return form;
}
