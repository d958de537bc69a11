import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";

export interface SignatureEvidence {
  documentId: string;
  requestId: string;
  documentTitle: string;
  organizationName: string;
  companyName: string;
  signerName: string;
  signerFunction: string;
  signerEmail: string;
  signedAt: Date;
  codeVerifiedAt: Date;
  /** Null when no trusted proxy said where the signer was. */
  ip: string | null;
  userAgent: string;
  originalSha256: string;
  history: { type: string; occurredAt: Date }[];
}

export interface BuildSignedPdfOptions {
  original: Uint8Array;
  /** 1-based page that receives the visible stamp; clamped to the document's pages. */
  stampPage: number;
  signature: { kind: "typed"; text: string } | { kind: "drawn"; png: Uint8Array };
  evidence: SignatureEvidence;
}

const utc = (date: Date) =>
  `${date
    .toISOString()
    .replace("T", " ")
    .replace(/\.\d+Z$/, "")} UTC`;

/** Helvetica in pdf-lib speaks WinAnsi: anything it cannot encode becomes "?" instead of throwing. */
function encodable(font: PDFFont, text: string): string {
  let out = "";
  for (const char of text.replace(/[\r\n\t]+/g, " ")) {
    try {
      font.encodeText(char);
      out += char;
    } catch {
      out += "?";
    }
  }
  return out;
}

function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of encodable(font, text).split(" ")) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width || !line) {
      line = next;
    } else {
      lines.push(line);
      line = word;
    }
    // A single unbreakable word wider than the line (a hash) is cut.
    while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

async function drawStamp(pdf: PDFDocument, page: PDFPage, options: BuildSignedPdfOptions) {
  const [regular, bold, italic] = await Promise.all([
    pdf.embedFont(StandardFonts.Helvetica),
    pdf.embedFont(StandardFonts.HelveticaBold),
    pdf.embedFont(StandardFonts.TimesRomanItalic),
  ]);
  const { width } = page.getSize();
  const boxWidth = 220;
  const boxHeight = 92;
  const x = width - boxWidth - 36;
  const y = 80;
  const ink = rgb(0.05, 0.2, 0.55);
  page.drawRectangle({
    x,
    y,
    width: boxWidth,
    height: boxHeight,
    borderColor: ink,
    borderWidth: 1.2,
    color: rgb(0.96, 0.97, 1),
    opacity: 0.95,
    borderOpacity: 1,
  });
  page.drawText(encodable(bold, "Signé électroniquement par"), { x: x + 8, y: y + boxHeight - 14, size: 8, font: bold, color: ink });
  page.drawText(encodable(regular, `${options.evidence.signerName} — ${options.evidence.signerFunction}`).slice(0, 60), {
    x: x + 8,
    y: y + boxHeight - 25,
    size: 8,
    font: regular,
    color: ink,
  });
  if (options.signature.kind === "drawn") {
    const image = await pdf.embedPng(options.signature.png);
    const scale = Math.min((boxWidth - 16) / image.width, 38 / image.height, 1);
    page.drawImage(image, { x: x + 8, y: y + 18, width: image.width * scale, height: image.height * scale });
  } else {
    page.drawText(encodable(italic, options.signature.text).slice(0, 40), { x: x + 8, y: y + 28, size: 18, font: italic, color: ink });
  }
  page.drawText(`${utc(options.evidence.signedAt)} · ${options.evidence.requestId}`, {
    x: x + 8,
    y: y + 7,
    size: 6,
    font: regular,
    color: ink,
  });
}

async function appendCertificate(pdf: PDFDocument, evidence: SignatureEvidence) {
  const [regular, bold] = await Promise.all([pdf.embedFont(StandardFonts.Helvetica), pdf.embedFont(StandardFonts.HelveticaBold)]);
  const page = pdf.addPage([595.28, 841.89]);
  const margin = 48;
  const width = page.getWidth() - margin * 2;
  let y = page.getHeight() - margin;
  const write = (text: string, { font = regular, size = 10, gap = 4 } = {}) => {
    for (const line of wrap(font, text, size, width)) {
      page.drawText(line, { x: margin, y: y - size, size, font, color: rgb(0.1, 0.1, 0.15) });
      y -= size + gap;
    }
  };
  write("Certificat de signature électronique", { font: bold, size: 18, gap: 10 });
  write("Signature électronique simple (règlement (UE) n° 910/2014, « eIDAS », article 25).", { size: 9, gap: 12 });
  const rows: [string, string][] = [
    ["Document", evidence.documentTitle],
    ["Identifiant du document", evidence.documentId],
    ["Identifiant de la demande", evidence.requestId],
    ["Émetteur", evidence.organizationName],
    ["Entreprise", evidence.companyName],
    ["Signataire", `${evidence.signerName} — ${evidence.signerFunction}`],
    ["E-mail du signataire (code à usage unique)", evidence.signerEmail],
    ["Date et heure de signature", utc(evidence.signedAt)],
    ["Code vérifié le", utc(evidence.codeVerifiedAt)],
    ["Adresse IP", evidence.ip ?? "inconnue (aucun proxy de confiance)"],
    ["Navigateur", evidence.userAgent],
    ["Empreinte SHA-256 du document original", evidence.originalSha256],
  ];
  for (const [label, value] of rows) {
    write(label, { font: bold, size: 9, gap: 2 });
    write(value || "—", { size: 9, gap: 8 });
  }
  y -= 6;
  write("Historique de la demande", { font: bold, size: 12, gap: 6 });
  for (const event of evidence.history) write(`${utc(event.occurredAt)} — ${event.type}`, { size: 9, gap: 3 });
  y -= 10;
  write(
    "L’empreinte SHA-256 du présent fichier signé est conservée par l’émetteur avec le dossier de preuve ; elle peut être contrôlée sur la page /verification de son extranet.",
    { size: 8, gap: 3 },
  );
}

/** The original PDF with a visible stamp on the chosen page and a certificate page at the end. */
export async function buildSignedPdf(options: BuildSignedPdfOptions): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(options.original, { updateMetadata: false });
  const pages = pdf.getPages();
  const index = Math.min(Math.max(options.stampPage, 1), pages.length) - 1;
  await drawStamp(pdf, pages[index]!, options);
  await appendCertificate(pdf, options.evidence);
  pdf.setModificationDate(options.evidence.signedAt);
  return pdf.save({ useObjectStreams: false });
}
