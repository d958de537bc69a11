import { z } from "zod";
import { staffRoute } from "@/lib/http/define-route";
import { idFilter } from "@/lib/http/request-params";
import { handleUploadRequest } from "@/lib/shared-files/handle-upload-request";
import { resolveStaffCompany } from "@/lib/shared-files/resolve-staff-company";

export const runtime = "nodejs";

/** POST /admin/stockage/televerser?entreprise=…&dossier=…&name=…: staff share a file with a company of their organisation. */
export const POST = staffRoute({ query: z.object({ entreprise: idFilter, dossier: idFilter }) }, async ({ request, query }, staff) => {
  const scope = await resolveStaffCompany({ staff, companyId: query.entreprise ?? "" });
  return handleUploadRequest({ request, scope, folderId: query.dossier ?? null });
});
