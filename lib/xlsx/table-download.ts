import { excelCsv, type CsvValue } from "../csv/excel-csv";
import { excelWorkbook, XLSX_CONTENT_TYPE } from "./excel-workbook";

/** An export's download: the table as CSV for Excel (the default) or as an XLSX workbook, named after today. */
export async function tableDownload({
  table,
  format = "csv",
  name,
  sheet,
}: {
  table: { headers: string[]; rows: CsvValue[][] };
  format?: "csv" | "xlsx";
  name: string;
  sheet: string;
}): Promise<Response> {
  const day = new Date().toISOString().slice(0, 10);
  const body = format === "xlsx" ? await excelWorkbook({ sheet, ...table }) : excelCsv(table.headers, table.rows);
  return new Response(typeof body === "string" ? body : new Blob([new Uint8Array(body)], { type: XLSX_CONTENT_TYPE }), {
    headers: {
      "Content-Type": format === "xlsx" ? XLSX_CONTENT_TYPE : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}-${day}.${format}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
