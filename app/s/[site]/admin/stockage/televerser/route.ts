import { requireStaff } from "@/lib/auth/require-staff";
import { answerNotFound } from "@/lib/shared-files/file-response";
import { handleUploadRequest } from "@/lib/shared-files/handle-upload-request";
import { resolveStaffCompany } from "@/lib/shared-files/resolve-staff-company";

export const runtime = "nodejs";

/** POST /admin/stockage/televerser?entreprise=…&dossier=…&name=…: staff share a file with a company of their organisation. */
export async function POST(request: Request) {
  return answerNotFound(async () => {
    const staff = await requireStaff();
    const query = new URL(request.url).searchParams;
    const scope = await resolveStaffCompany({ staff, companyId: query.get("entreprise") ?? "" });
    return handleUploadRequest({ request, scope, folderId: query.get("dossier") || null });
  });
}
