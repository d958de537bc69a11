"use server";

import { z } from "zod";
import { publicAction } from "../actions/define-action";
import { getCurrentSite } from "../tenancy/get-current-site";
import { findSignedDocument, type VerificationResult } from "./find-signed-document";
import { MAX_PDF_BYTES, sha256Hex } from "./signature-rules";

const schema = z.object({
  sha256: z.string().trim().toLowerCase().optional(),
  file: z.instanceof(File).optional(),
});

export type VerificationOutcome = { sha256: string; match: VerificationResult | null };

/** Anyone with a signed PDF (or its SHA-256) learns whether this organisation holds it as signed, by whom and when. */
export const verifyDocument = publicAction<typeof schema, VerificationOutcome>(schema, async ({ sha256, file }) => {
  const site = await getCurrentSite();
  let hash = sha256 ?? "";
  if (file && file.size > 0) {
    if (file.size > MAX_PDF_BYTES) return { status: "error", fieldErrors: { file: ["file_too_large"] } };
    hash = sha256Hex(new Uint8Array(await file.arrayBuffer()));
  }
  if (!/^[0-9a-f]{64}$/.test(hash)) return { status: "error", fieldErrors: { sha256: ["hash_format"] } };
  return { sha256: hash, match: await findSignedDocument({ organizationId: site.organization.id, sha256: hash }) };
});
