type CsvValue = string | number | null | undefined;

/** One quoted cell; a spreadsheet formula (=, +, -, @ at the start) is neutralised. */
export function csvCell(value: CsvValue): string {
  const text = value === null || value === undefined ? "" : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
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
