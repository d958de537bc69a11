/** Small files of each allowed kind (and a few that must be refused), built in memory. */
const encoder = new TextEncoder();

export const SAMPLE_FILES = {
  pdf: encoder.encode("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"),
  png: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  jpeg: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]),
  gif: encoder.encode("GIF89a\u0001\u0000\u0001\u0000"),
  webp: new Uint8Array([...encoder.encode("RIFF"), 20, 0, 0, 0, ...encoder.encode("WEBPVP8 ")]),
  csv: encoder.encode("Nom;Prénom\r\nDupont;Jeanne\r\n"),
  text: encoder.encode("Bonjour,\nvoici une note.\n"),
  exe: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]),
  html: encoder.encode("<!DOCTYPE html><html><script>alert(1)</script></html>"),
  zip: zipWith(["notes/readme.txt"]),
  docx: zipWith(["[Content_Types].xml", "word/document.xml"]),
  xlsx: zipWith(["[Content_Types].xml", "xl/workbook.xml"]),
};

/** A minimal ZIP made of local file headers only (enough for the sniffer, which reads part names). */
function zipWith(names: string[]): Uint8Array {
  const parts: number[] = [];
  for (const name of names) {
    const bytes = encoder.encode(name);
    const header = new Array(30).fill(0);
    header.splice(0, 4, 0x50, 0x4b, 0x03, 0x04);
    header[26] = bytes.length & 0xff;
    header[27] = bytes.length >> 8;
    parts.push(...header, ...bytes);
  }
  return new Uint8Array(parts);
}
