import { sanitizeFileName } from "@/lib/shared-files/sanitize-file-name";
import { sniffFileType } from "@/lib/shared-files/sniff-file-type";
import { sharedFileLimits } from "@/lib/shared-files/limits";
import { SAMPLE_FILES } from "../support/sample-files";

describe("sniffFileType", () => {
  it("recognises the allowed types from their content", () => {
    expect(sniffFileType(SAMPLE_FILES.pdf)?.mimeType).toBe("application/pdf");
    expect(sniffFileType(SAMPLE_FILES.png)?.mimeType).toBe("image/png");
    expect(sniffFileType(SAMPLE_FILES.jpeg)?.mimeType).toBe("image/jpeg");
    expect(sniffFileType(SAMPLE_FILES.gif)?.mimeType).toBe("image/gif");
    expect(sniffFileType(SAMPLE_FILES.webp)?.mimeType).toBe("image/webp");
    expect(sniffFileType(SAMPLE_FILES.docx)?.extensions).toEqual(["docx"]);
    expect(sniffFileType(SAMPLE_FILES.xlsx)?.extensions).toEqual(["xlsx"]);
    expect(sniffFileType(SAMPLE_FILES.csv, "liste.csv")?.mimeType).toBe("text/csv");
    expect(sniffFileType(SAMPLE_FILES.text, "note.txt")?.mimeType).toBe("text/plain");
  });

  it("refuses executables, plain archives, HTML and empty files whatever their name", () => {
    expect(sniffFileType(SAMPLE_FILES.exe, "facture.pdf")).toBeNull();
    expect(sniffFileType(SAMPLE_FILES.zip, "tableau.xlsx")).toBeNull();
    expect(sniffFileType(SAMPLE_FILES.html, "page.txt")).toBeNull();
    expect(sniffFileType(new Uint8Array(), "vide.txt")).toBeNull();
  });
});

describe("sanitizeFileName", () => {
  it("keeps only the base name of a path and drops dangerous characters", () => {
    expect(sanitizeFileName("../../etc/passwd")).toBe("passwd");
    expect(sanitizeFileName("C:\\Users\\x\\..\\rapport.pdf")).toBe("rapport.pdf");
    expect(sanitizeFileName("..")).toBe("fichier");
    expect(sanitizeFileName(".bashrc")).toBe("bashrc");
    expect(sanitizeFileName("a\u0000b\u202Efdp.exe")).toBe("abfdp.exe");
    expect(sanitizeFileName('ré"sumé<>.pdf')).toBe("ré_sumé__.pdf");
    expect(sanitizeFileName(`${"x".repeat(300)}.pdf`)).toHaveLength(150);
    expect(sanitizeFileName(`${"x".repeat(300)}.pdf`).endsWith(".pdf")).toBe(true);
  });
});

describe("sharedFileLimits", () => {
  it("reads the limits from the environment, with defaults", () => {
    expect(sharedFileLimits({})).toEqual({ maxFileBytes: 8 * 1024 * 1024, quotaBytes: 500 * 1024 * 1024 });
    expect(sharedFileLimits({ SHARED_FILE_MAX_BYTES: "1000", SHARED_STORAGE_QUOTA_BYTES: "5000" })).toEqual({
      maxFileBytes: 1000,
      quotaBytes: 5000,
    });
  });
});
