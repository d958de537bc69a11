"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "../actions/define-action";
import { idParam } from "../http/request-params";
import { IMPROVEMENT_STATUSES } from "./improvement-workflow";
import { createImprovement, updateImprovement } from "./manage-improvements";

const optionalId = z
  .string()
  .optional()
  .transform((value) => value || null)
  .pipe(idParam.nullable());
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "too_long" })
    .optional()
    .transform((value) => value || null);
const dueDate = z
  .string()
  .optional()
  .transform((value, context) => {
    if (!value) return null;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
    if (!date || Number.isNaN(date.getTime())) {
      context.issues.push({ code: "custom", message: "date_invalid", input: value });
      return z.NEVER;
    }
    return date;
  });

export const createImprovementAction = staffAction(
  z.object({
    title: z.string().trim().min(3, { error: "title_required" }).max(200, { error: "too_long" }),
    description: z.string().trim().min(3, { error: "description_required" }).max(5000, { error: "too_long" }),
    ownerUserId: optionalId,
    dueDate,
    sendId: optionalId,
    actionId: optionalId,
    ticketId: optionalId,
  }),
  async ({ sendId, actionId, ticketId, ...input }, staff) => {
    await createImprovement({ organizationId: staff.organizationId, userId: staff.user.id, links: { sendId, actionId, ticketId }, input });
    revalidatePath("/admin/qualite/ameliorations");
    return "improvement_saved";
  },
);

export const updateImprovementAction = staffAction(
  z.object({
    improvementId: idParam,
    status: z.enum(IMPROVEMENT_STATUSES, { error: "status_required" }),
    outcome: optionalText(5000),
    ownerUserId: optionalId,
    dueDate,
  }),
  async ({ improvementId, ...input }, staff) => {
    await updateImprovement({ organizationId: staff.organizationId, userId: staff.user.id, improvementId, ...input });
    revalidatePath("/admin/qualite/ameliorations");
    return "improvement_saved";
  },
);
