import { exportImprovementsCsv } from "@/lib/improvements/export-improvements-csv";
import { staffRoute } from "@/lib/http/define-route";

export const runtime = "nodejs";

/** GET /admin/qualite/ameliorations/export: the organisation's improvement register, CSV for Excel. */
export const GET = staffRoute({}, async (_input, staff) => {
  const csv = await exportImprovementsCsv({ organizationId: staff.organizationId });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="actions-amelioration-${day}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
});
