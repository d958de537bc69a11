import { requireContact } from "@/lib/auth/require-contact";
import { contactStorageScope } from "@/lib/shared-files/contact-storage-scope";
import { answerNotFound } from "@/lib/shared-files/file-response";
import { handleUploadRequest } from "@/lib/shared-files/handle-upload-request";

export const runtime = "nodejs";

/** POST /stockage/televerser?name=…&dossier=…: one file of the company's storage space, raw body. */
export async function POST(request: Request) {
  return answerNotFound(async () => {
    const context = await requireContact();
    const folderId = new URL(request.url).searchParams.get("dossier") || null;
    return handleUploadRequest({ request, scope: contactStorageScope(context), folderId });
  });
}
