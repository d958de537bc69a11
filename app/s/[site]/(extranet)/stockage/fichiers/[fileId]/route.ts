import { requireContact } from "@/lib/auth/require-contact";
import { contactStorageScope } from "@/lib/shared-files/contact-storage-scope";
import { answerNotFound, fileResponse } from "@/lib/shared-files/file-response";
import { readSharedFile } from "@/lib/shared-files/read-shared-file";

export const runtime = "nodejs";

/** GET /stockage/fichiers/<id>: a file of the company (storage space or ticket attachment), checked per request. */
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  return answerNotFound(async () => {
    const context = await requireContact();
    const { fileId } = await params;
    return fileResponse(await readSharedFile({ scope: contactStorageScope(context), fileId }));
  });
}
