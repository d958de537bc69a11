import { z } from "zod";

/** The code step of the login form: a code of the authenticator app (6 digits) or a recovery code. */
export const loginCodeSchema = z.object({
  code: z.string().trim().min(1, { error: "code_required" }).max(40, { error: "invalid_code" }),
  trustDevice: z.literal("on").optional(),
});
