import { z } from "zod";
import { improvementsExportTable } from "@/lib/improvements/export-improvements-csv";
import { staffRoute } from "@/lib/http/define-route";
import { enumFilter } from "@/lib/http/request-params";
import { tableDownload } from "@/lib/xlsx/table-download";

export const runtime = "nodejs";

/** GET /admin/qualite/ameliorations/export[?format=xlsx]: the organisation's improvement register, CSV for Excel or XLSX. */
export const GET = staffRoute({ query: z.object({ format: enumFilter(["csv", "xlsx"]) }) }, async ({ query }, staff) => {
  const table = await improvementsExportTable({ organizationId: staff.organizationId });
  return tableDownload({ table, format: query.format, name: "actions-amelioration", sheet: "Actions d’amélioration" });
});
