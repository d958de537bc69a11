import { z } from "zod";
import { staffRoute } from "@/lib/http/define-route";
import { idFilter, idParam } from "@/lib/http/request-params";
import { fileResponse } from "@/lib/shared-files/file-response";
import { readSharedFile } from "@/lib/shared-files/read-shared-file";
import { resolveStaffCompany } from "@/lib/shared-files/resolve-staff-company";

export const runtime = "nodejs";

/** GET /admin/stockage/fichiers/<id>?entreprise=…: a file of a company of the staff member's organisation. */
export const GET = staffRoute(
  { params: z.object({ fileId: idParam }), query: z.object({ entreprise: idFilter }) },
  async ({ params, query }, staff) => {
    const scope = await resolveStaffCompany({ staff, companyId: query.entreprise ?? "" });
    return fileResponse(await readSharedFile({ scope, fileId: params.fileId }));
  },
);
