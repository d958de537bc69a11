import "server-only";
import { createHash } from "node:crypto";
import { excelCsv } from "../csv/excel-csv";
import { getFileStorage } from "../storage/storage";
import { streamZip } from "../zip/stream-zip";
import type { AuditPack } from "./load-audit-pack";

export const INDEX_PATH = "index.csv";
const INDEX_HEADERS = ["Fichier", "Pièce", "Entreprise", "Participant", "État", "Taille (octets)", "SHA-256"];

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * The pack as a ZIP read while it is written: each document is fetched from the storage only when the
 * archive reaches it (PDFs stored as they are: they are compressed already), then the reports, then the
 * index, written last so that it says what the archive really holds — a document the storage has lost
 * is named there as missing, like a piece never issued.
 */
export function streamAuditPack(pack: AuditPack, { storage = getFileStorage() } = {}): ReadableStream<Uint8Array> {
  return streamZip(async (zip) => {
    const lines: (string | number | null)[][] = [];
    for (const document of pack.documents) {
      const bytes = await storage.get(document.storageKey);
      const state = bytes ? (document.signed ? "Incluse (signée)" : "Incluse") : "Manquante : fichier introuvable";
      lines.push([
        bytes ? document.path : "",
        document.piece,
        document.companyName,
        document.participantName,
        state,
        bytes?.byteLength ?? null,
        bytes ? (document.sha256 ?? sha256(bytes)) : null,
      ]);
      if (bytes) await zip.add(document.path, bytes, { compress: false });
    }
    for (const piece of pack.missing) lines.push(["", piece.piece, piece.companyName, piece.participantName, "Manquante", null, null]);
    for (const report of pack.reports) {
      const bytes = new TextEncoder().encode(report.content);
      lines.push([report.path, report.piece, "", "", "Incluse", bytes.byteLength, sha256(bytes)]);
      await zip.add(report.path, bytes);
    }
    await zip.add(INDEX_PATH, new TextEncoder().encode(excelCsv(INDEX_HEADERS, lines)));
  });
}

/** The download answer of a pack. */
export function auditPackResponse(pack: AuditPack): Response {
  return new Response(streamAuditPack(pack), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${pack.fileName.replace(/[^\w.-]+/g, "_")}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
