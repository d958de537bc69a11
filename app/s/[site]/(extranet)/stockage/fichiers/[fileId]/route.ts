import { z } from "zod";
import { contactRoute } from "@/lib/http/define-route";
import { idParam } from "@/lib/http/request-params";
import { contactStorageScope } from "@/lib/shared-files/contact-storage-scope";
import { fileResponse } from "@/lib/shared-files/file-response";
import { readSharedFile } from "@/lib/shared-files/read-shared-file";

export const runtime = "nodejs";

/** GET /stockage/fichiers/<id>: a file of the company (storage space or ticket attachment), checked per request. */
export const GET = contactRoute({ params: z.object({ fileId: idParam }) }, async ({ params }, context) =>
  fileResponse(await readSharedFile({ scope: contactStorageScope(context), fileId: params.fileId })),
);
