import { z } from "zod";
import { loadAuditPack } from "@/lib/audit-pack/load-audit-pack";
import { auditPackResponse } from "@/lib/audit-pack/stream-audit-pack";
import { notFoundResponse, contactRoute } from "@/lib/http/define-route";
import { idParam } from "@/lib/http/request-params";
import { companyActionWhere } from "@/lib/tenancy/company-action-where";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /formations/<action id>/dossier-audit: the company's own part of the action's audit pack (its documents, its participants, aggregated results), a streamed ZIP; an action it takes no part in: 404. */
export const GET = contactRoute({ params: z.object({ id: idParam }) }, async ({ params }, context) => {
  const pack = await loadAuditPack({
    organizationId: context.organizationId,
    actionWhere: {
      AND: [companyActionWhere(context), { status: { not: "DRAFT" } }],
      id: params.id,
      organizationId: context.organizationId,
    },
    companyId: context.company.id,
    reader: "company",
  });
  return pack ? auditPackResponse(pack) : notFoundResponse();
});
