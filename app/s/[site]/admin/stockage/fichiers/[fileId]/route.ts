import { requireStaff } from "@/lib/auth/require-staff";
import { answerNotFound, fileResponse } from "@/lib/shared-files/file-response";
import { readSharedFile } from "@/lib/shared-files/read-shared-file";
import { resolveStaffCompany } from "@/lib/shared-files/resolve-staff-company";

export const runtime = "nodejs";

/** GET /admin/stockage/fichiers/<id>?entreprise=…: a file of a company of the staff member's organisation. */
export async function GET(request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  return answerNotFound(async () => {
    const staff = await requireStaff();
    const scope = await resolveStaffCompany({ staff, companyId: new URL(request.url).searchParams.get("entreprise") ?? "" });
    const { fileId } = await params;
    return fileResponse(await readSharedFile({ scope, fileId }));
  });
}
