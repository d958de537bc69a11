import { z } from "zod";
import { contactRoute } from "@/lib/http/define-route";
import { idFilter } from "@/lib/http/request-params";
import { contactStorageScope } from "@/lib/shared-files/contact-storage-scope";
import { handleUploadRequest } from "@/lib/shared-files/handle-upload-request";

export const runtime = "nodejs";

/** POST /stockage/televerser?name=…&dossier=…: one file of the company's storage space, raw body. */
export const POST = contactRoute({ query: z.object({ dossier: idFilter }) }, ({ request, query }, context) =>
  handleUploadRequest({ request, scope: contactStorageScope(context), folderId: query.dossier ?? null }),
);
