import { exportResultsCsv } from "@/lib/evaluations/export-results-csv";
import { resultsQuery } from "@/lib/evaluations/results-filters";
import { staffRoute } from "@/lib/http/define-route";

export const runtime = "nodejs";

/** GET /admin/evaluations/resultats/export?…: the answers the results page's filters cover, CSV for Excel. */
export const GET = staffRoute({ query: resultsQuery }, async ({ query }, staff) => {
  const csv = await exportResultsCsv({ organizationId: staff.organizationId, query });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="evaluations-${day}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
});
