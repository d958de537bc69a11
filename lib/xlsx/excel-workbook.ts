import ExcelJS from "exceljs";
import { formulaSafeText, type CsvValue } from "../csv/excel-csv";

/**
 * The same table as the CSV exports, as an Excel workbook of one sheet: bold frozen header row, numbers
 * kept as numbers, every text formula-safe like lib/csv/excel-csv.ts (a text cell is never a formula in
 * XLSX, but it would become one when a reader edits and validates it).
 */
export async function excelWorkbook({
  sheet,
  headers,
  rows,
}: {
  sheet: string;
  headers: string[];
  rows: CsvValue[][];
}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheet.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  worksheet.addRow(headers).font = { bold: true };
  for (const row of rows) worksheet.addRow(row.map((value) => (typeof value === "number" ? value : formulaSafeText(value))));
  worksheet.columns.forEach((column, index) => {
    column.width = Math.min(
      60,
      Math.max(10, headers[index]?.length ?? 10, ...rows.slice(0, 200).map((row) => String(row[index] ?? "").length)),
    );
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
