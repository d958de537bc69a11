"use server";

import { z } from "zod";
import { contactAction } from "../actions/define-action";
import { requestOrigin } from "./request-origin";
import { signDocument } from "./sign-document";
import { MAX_DRAWN_SIGNATURE_CHARS } from "./signature-rules";

const PNG_DATA_URL = /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/;

const schema = z
  .object({
    requestId: z.string().min(1).max(40),
    signerName: z.string().trim().min(2, "name_required").max(120, "too_long"),
    signerFunction: z.string().trim().min(2, "function_required").max(120, "too_long"),
    signatureMode: z.enum(["typed", "drawn"], { error: "signature_required" }),
    typedSignature: z.string().trim().max(80, "too_long").optional(),
    drawnSignature: z.string().max(MAX_DRAWN_SIGNATURE_CHARS, "signature_too_large").optional(),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, "code_format"),
    consent: z.literal("on", { error: "consent_required" }),
  })
  .superRefine((input, issues) => {
    if (input.signatureMode === "typed" && (input.typedSignature ?? "").length < 2)
      issues.addIssue({ code: "custom", path: ["typedSignature"], message: "signature_required" });
    if (input.signatureMode === "drawn" && !PNG_DATA_URL.test(input.drawnSignature ?? ""))
      issues.addIssue({ code: "custom", path: ["drawnSignature"], message: "signature_required" });
  });

/** The signer confirms identity, signature and one-time code: the document is sealed and the evidence kept. */
export const signDocumentAction = contactAction<typeof schema, { signedSha256: string }>("signatures", schema, async (input, context) => {
  const png = input.signatureMode === "drawn" ? Buffer.from(PNG_DATA_URL.exec(input.drawnSignature!)![1]!, "base64") : null;
  if (png && !(png[0] === 0x89 && png.subarray(1, 4).toString("latin1") === "PNG"))
    return { status: "error", fieldErrors: { drawnSignature: ["signature_required"] } };
  const result = await signDocument({
    context,
    requestId: input.requestId,
    code: input.code,
    signerName: input.signerName,
    signerFunction: input.signerFunction,
    signature: png ? { kind: "drawn", png: new Uint8Array(png) } : { kind: "typed", text: input.typedSignature! },
    origin: await requestOrigin(),
  });
  if (result.status === "refused") {
    const field = result.reason === "code_invalid" || result.reason === "code_expired" ? "code" : null;
    return field ? { status: "error", fieldErrors: { [field]: [result.reason] } } : { status: "error", formError: result.reason };
  }
  return { signedSha256: result.signedSha256 };
});
