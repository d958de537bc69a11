import { z } from "zod";
import { loadAuditPack } from "@/lib/audit-pack/load-audit-pack";
import { auditPackResponse } from "@/lib/audit-pack/stream-audit-pack";
import { notFoundResponse, staffRoute } from "@/lib/http/define-route";
import { idFilter, idParam } from "@/lib/http/request-params";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /admin/formations/<action id>/dossier-audit[?entreprise=<company id>]: the action's audit pack, a streamed ZIP; another organisation's action or a company that takes no part: 404. */
export const GET = staffRoute(
  { params: z.object({ id: idParam }), query: z.object({ entreprise: idFilter }) },
  async ({ params, query }, staff) => {
    const pack = await loadAuditPack({
      organizationId: staff.organizationId,
      actionWhere: { id: params.id, organizationId: staff.organizationId },
      companyId: query.entreprise,
      reader: "staff",
    });
    return pack ? auditPackResponse(pack) : notFoundResponse();
  },
);
