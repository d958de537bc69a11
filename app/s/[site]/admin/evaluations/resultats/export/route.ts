import { resultsExportTable } from "@/lib/evaluations/export-results-csv";
import { resultsQuery } from "@/lib/evaluations/results-filters";
import { staffRoute } from "@/lib/http/define-route";
import { enumFilter } from "@/lib/http/request-params";
import { tableDownload } from "@/lib/xlsx/table-download";

export const runtime = "nodejs";

/** GET /admin/evaluations/resultats/export?…[&format=xlsx]: the answers the results page's filters cover, CSV for Excel or XLSX. */
export const GET = staffRoute({ query: resultsQuery.extend({ format: enumFilter(["csv", "xlsx"]) }) }, async ({ query }, staff) => {
  const table = await resultsExportTable({ organizationId: staff.organizationId, query });
  return tableDownload({ table, format: query.format, name: "evaluations", sheet: "Réponses" });
});
