"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "../actions/define-action";
import { eurosField } from "../actions/euros-field";
import { FUNDER_KINDS, FUNDING_STATUSES, OPCOS } from "./funding-kinds";
import { deleteFunding, saveFunding } from "./save-funding";

const id = z.string().trim().min(1).max(60);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "too_long")
    .optional()
    .transform((value) => value || null);

const fundingSchema = z
  .object({
    actionId: id,
    fundingId: z.preprocess((value) => (value === "" ? undefined : value), id.optional()),
    target: z.string({ error: "target_required" }).trim().min(1, "target_required").max(60),
    funderKind: z.enum(FUNDER_KINDS, { error: "funder_required" }),
    opco: z.preprocess((value) => (value === "" ? undefined : value), z.enum(OPCOS as [string, ...string[]]).optional()),
    funderName: optionalText(120),
    agreementNumber: optionalText(60),
    amount: eurosField,
    status: z.enum(FUNDING_STATUSES, { error: "status_required" }),
    subrogation: z.literal("on").optional(),
  })
  .superRefine((input, issues) => {
    if (input.funderKind === "OPCO" && !input.opco) issues.addIssue({ code: "custom", path: ["opco"], message: "opco_required" });
    if ((input.funderKind === "REGION" || input.funderKind === "OTHER") && !input.funderName)
      issues.addIssue({ code: "custom", path: ["funderName"], message: "funder_name_required" });
  });

/** Staff add or change a funding line of an action's company or seat; errors next to their field. */
export const saveFundingAction = staffAction<typeof fundingSchema, string>(fundingSchema, async (input, staff) => {
  const result = await saveFunding({
    staff,
    actionId: input.actionId,
    target: input.target,
    fundingId: input.fundingId,
    fields: {
      funderKind: input.funderKind,
      opco: (input.opco ?? null) as (typeof OPCOS)[number] | null,
      funderName: input.funderKind === "REGION" || input.funderKind === "OTHER" ? input.funderName : null,
      agreementNumber: input.agreementNumber,
      amountCents: input.amount,
      status: input.status,
      subrogation: input.subrogation === "on",
    },
  });
  if (!result) return { status: "error", formError: "not_found" };
  if (result.status === "refused")
    return result.field
      ? { status: "error", fieldErrors: { [result.field]: [result.reason] } }
      : { status: "error", formError: result.reason };
  revalidatePath(`/admin/formations/${input.actionId}`);
  return "saved";
});

const deleteSchema = z.object({ fundingId: id, actionId: id });

/** Staff delete a funding line that no invoice names. */
export const deleteFundingAction = staffAction<typeof deleteSchema, string>(deleteSchema, async (input, staff) => {
  const result = await deleteFunding({ staff, fundingId: input.fundingId });
  if (!result) return { status: "error", formError: "not_found" };
  if (result === "invoiced") return { status: "error", formError: "funding_invoiced" };
  revalidatePath(`/admin/formations/${input.actionId}`);
  return "deleted";
});
