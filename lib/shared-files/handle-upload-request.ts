import "server-only";
import { sharedFileLimits } from "./limits";
import type { StorageScope } from "./storage-scope";
import { UploadRejectedError, uploadSharedFile } from "./upload-shared-file";

export type UploadResponseBody = { status: "ok"; file: { id: string; name: string } } | { status: "error"; code: string };

/**
 * The body of the upload route handlers: one file per request, its raw bytes as the body, its name in the
 * `name` query parameter (the uploader sends several files as several requests, each with its progress).
 */
export async function handleUploadRequest({
  request,
  scope,
  folderId,
  ticketMessageId = null,
}: {
  request: Request;
  scope: StorageScope;
  folderId: string | null;
  ticketMessageId?: string | null;
}): Promise<Response> {
  const answer = (body: UploadResponseBody, status: number) => Response.json(body, { status });
  const name = new URL(request.url).searchParams.get("name") ?? "";
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > sharedFileLimits().maxFileBytes) return answer({ status: "error", code: "too_large" }, 413);

  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await request.arrayBuffer());
  } catch {
    // The client went away mid-upload: nothing was written.
    return answer({ status: "error", code: "interrupted" }, 400);
  }
  try {
    const file = await uploadSharedFile({ ...scope, folderId, ticketMessageId, fileName: name, bytes });
    return answer({ status: "ok", file: { id: file.id, name: file.name } }, 201);
  } catch (error) {
    if (error instanceof UploadRejectedError)
      return answer({ status: "error", code: error.code }, error.code === "too_large" || error.code === "quota_exceeded" ? 413 : 422);
    console.error("[storage] upload failed", error);
    return answer({ status: "error", code: "failed" }, 500);
  }
}
