export type CsvValue = string | number | null | undefined;

/** A cell's text with a spreadsheet formula (=, +, -, @, tab or CR at the start) neutralised by a leading quote. */
export function formulaSafeText(value: CsvValue): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One quoted, formula-safe cell. */
export function csvCell(value: CsvValue): string {
  return `"${formulaSafeText(value).replace(/"/g, '""')}"`;
}

/** A CSV for Excel: UTF-8 BOM, `;` separator, CRLF, every cell quoted and formula-safe. */
export function excelCsv(headers: string[], rows: CsvValue[][]): string {
  const lines = [headers, ...rows].map((row) => row.map(csvCell).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** A date and time as a French reader writes it (Paris time). */
export function csvDateTime(value: Date | null): string {
  return value ? value.toLocaleString("fr-FR", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "short" }) : "";
}
