export interface SniffedType {
  mimeType: string;
  /** File-name extensions (lower case, without the dot) that may carry this content. */
  extensions: readonly string[];
}

const PDF: SniffedType = { mimeType: "application/pdf", extensions: ["pdf"] };
const PNG: SniffedType = { mimeType: "image/png", extensions: ["png"] };
const JPEG: SniffedType = { mimeType: "image/jpeg", extensions: ["jpg", "jpeg"] };
const GIF: SniffedType = { mimeType: "image/gif", extensions: ["gif"] };
const WEBP: SniffedType = { mimeType: "image/webp", extensions: ["webp"] };
const DOCX: SniffedType = { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"] };
const XLSX: SniffedType = { mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: ["xlsx"] };
const PPTX: SniffedType = { mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extensions: ["pptx"] };
const CSV: SniffedType = { mimeType: "text/csv", extensions: ["csv"] };
const TEXT: SniffedType = { mimeType: "text/plain", extensions: ["txt", "text", "log", "md"] };

export const ALLOWED_EXTENSIONS = [PDF, PNG, JPEG, GIF, WEBP, DOCX, XLSX, PPTX, CSV, TEXT].flatMap((type) => type.extensions);

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/** Whether an OOXML archive names a part under `folder` (Office files are ZIP archives of XML parts). */
function zipNames(bytes: Uint8Array, folder: string): boolean {
  // Local file headers carry the part names in clear; scan for "<folder>/" after a header signature.
  const needle = ascii(folder);
  const limit = Math.min(bytes.length, 512 * 1024);
  for (let index = 0; index + 30 < limit; index++) {
    if (bytes[index] === 0x50 && bytes[index + 1] === 0x4b && bytes[index + 2] === 0x03 && bytes[index + 3] === 0x04) {
      const nameLength = bytes[index + 26]! | (bytes[index + 27]! << 8);
      const name = bytes.subarray(index + 30, index + 30 + nameLength);
      if (startsWith(name, needle)) return true;
    }
  }
  return false;
}

/** Plain text: valid UTF-8 (BOM allowed) without NUL or other control characters than tab, CR, LF, FF. */
function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text);
}

/**
 * The type of a file from its content (magic bytes), never from its name or the browser's claim; null for
 * anything outside the allowed set (executables, archives, HTML, SVG…). `fileName` only tells CSV from plain text.
 */
export function sniffFileType(bytes: Uint8Array, fileName = ""): SniffedType | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, ascii("%PDF-"))) return PDF;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return GIF;
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return WEBP;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (!zipNames(bytes, "[Content_Types].xml")) return null;
    if (zipNames(bytes, "word/")) return DOCX;
    if (zipNames(bytes, "xl/")) return XLSX;
    if (zipNames(bytes, "ppt/")) return PPTX;
    return null;
  }
  if (isPlainText(bytes)) {
    const text = new TextDecoder().decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
    // Markup a browser would render as a page is not "plain text".
    if (text.startsWith("<!doctype") || text.startsWith("<html") || text.startsWith("<svg") || text.startsWith("<?xml")) return null;
    return /\.csv$/i.test(fileName) ? CSV : TEXT;
  }
  return null;
}

/** The lower-case extension of a file name, without the dot ("" when none). */
export function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(fileName);
  return match ? match[1]!.toLowerCase() : "";
}
