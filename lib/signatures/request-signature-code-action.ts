"use server";

import { z } from "zod";
import { contactAction } from "../actions/define-action";
import { requestOrigin } from "./request-origin";
import { sendSignatureCode } from "./send-signature-code";

const schema = z.object({ requestId: z.string().min(1).max(40) });

/** The signer asks for their one-time code (sent to their login email). */
export const requestSignatureCode = contactAction<typeof schema, { email: string }>(
  "signatures",
  schema,
  async ({ requestId }, context) => {
    const result = await sendSignatureCode({ context, requestId, origin: await requestOrigin() });
    if (result.status === "refused") return { status: "error", formError: result.reason };
    return { email: result.email };
  },
);
