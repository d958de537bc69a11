"use server";

import { z } from "zod";
import { contactAction } from "../actions/define-action";
import { fillPlaceholderSeat } from "./fill-placeholder-seat";

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "too_long" })
    .optional()
    .transform((value) => value || null);

const schema = z
  .object({
    enrolmentId: z.string().trim().min(1).max(100),
    mode: z.enum(["new", "existing"]),
    participantId: optional(100),
    civility: z
      .enum(["", "MR", "MRS"])
      .optional()
      .transform((value) => (value ? value : null)),
    firstName: optional(100),
    lastName: optional(100),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(200)
      .optional()
      .transform((value) => value || null)
      .pipe(z.email({ error: "invalid_email" }).nullable()),
    jobTitle: optional(150),
  })
  .superRefine((value, issues) => {
    if (value.mode === "existing" && !value.participantId)
      issues.addIssue({ code: "custom", path: ["participantId"], message: "participant_required" });
    if (value.mode === "new" && !value.firstName) issues.addIssue({ code: "custom", path: ["firstName"], message: "first_name_required" });
    if (value.mode === "new" && !value.lastName) issues.addIssue({ code: "custom", path: ["lastName"], message: "last_name_required" });
  });

export const fillPlaceholderSeatAction = contactAction("placeholders", schema, async (input, context) => {
  const result = await fillPlaceholderSeat({
    context,
    input:
      input.mode === "existing"
        ? { enrolmentId: input.enrolmentId, mode: "existing", participantId: input.participantId! }
        : {
            enrolmentId: input.enrolmentId,
            mode: "new",
            civility: input.civility,
            firstName: input.firstName!,
            lastName: input.lastName!,
            email: input.email,
            jobTitle: input.jobTitle,
          },
  });
  return "error" in result ? { status: "error" as const, formError: result.error } : result;
});
