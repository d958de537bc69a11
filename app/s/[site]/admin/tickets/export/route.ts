import { staffRoute } from "@/lib/http/define-route";
import { exportComplaintsCsv } from "@/lib/tickets/export-complaints-csv";

export const runtime = "nodejs";

/** GET /admin/tickets/export: the organisation's complaints and their handling, CSV for Excel. */
export const GET = staffRoute({}, async (_input, staff) => {
  const csv = await exportComplaintsCsv({ organizationId: staff.organizationId });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="reclamations-${day}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
});
