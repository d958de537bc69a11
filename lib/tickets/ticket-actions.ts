"use server";

import { notFound } from "next/navigation";
import { z } from "zod";
import { contactAction, staffAction } from "../actions/define-action";
import { companyScope } from "../tenancy/company-scope";
import { changeTicketStatus, reopenTicket } from "./change-ticket-status";
import { createTicket } from "./create-ticket";
import { replyToTicket } from "./reply-to-ticket";
import { TICKET_CATEGORIES, TICKET_STATUSES } from "./ticket-workflow";
import { updateTicketHandling } from "./update-ticket-handling";

const id = z.string().trim().min(1).max(100);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "too_long" })
    .optional()
    .transform((value) => value || null);
const body = z.string().trim().min(1, { error: "message_required" }).max(10_000, { error: "too_long" });

const createSchema = z.object({
  category: z.enum(TICKET_CATEGORIES, { error: "category_required" }),
  subject: z.string().trim().min(3, { error: "subject_required" }).max(200, { error: "too_long" }),
  description: z.string().trim().min(10, { error: "description_required" }).max(10_000, { error: "too_long" }),
  actionId: optionalText(100),
});

export const createTicketAction = contactAction("quality", createSchema, async (input, context) => createTicket({ context, input }));

export const contactReplyAction = contactAction("quality", z.object({ ticketId: id, body }), async (input, context) => {
  const result = await replyToTicket({
    scope: companyScope(context),
    ticketId: input.ticketId,
    userId: context.user.id,
    fromStaff: false,
    body: input.body,
  });
  return "error" in result ? { status: "error" as const, fieldErrors: { body: [result.error] } } : result;
});

export const reopenTicketAction = contactAction("quality", z.object({ ticketId: id }), async (input, context) => {
  const result = await reopenTicket({ scope: companyScope(context), ticketId: input.ticketId, userId: context.user.id });
  return "error" in result ? { status: "error" as const, formError: result.error } : result;
});

export const staffReplyAction = staffAction(z.object({ ticketId: id, body }), async (input, staff) => {
  const result = await replyToTicket({
    scope: { organizationId: staff.organizationId },
    ticketId: input.ticketId,
    userId: staff.user.id,
    fromStaff: true,
    body: input.body,
  });
  return "error" in result ? { status: "error" as const, fieldErrors: { body: [result.error] } } : result;
});

export const changeTicketStatusAction = staffAction(z.object({ ticketId: id, status: z.enum(TICKET_STATUSES) }), async (input, staff) => {
  const result = await changeTicketStatus({
    organizationId: staff.organizationId,
    ticketId: input.ticketId,
    userId: staff.user.id,
    to: input.status,
  });
  return "error" in result ? { status: "error" as const, formError: result.error } : result;
});

const handlingSchema = z.object({
  ticketId: id,
  ownerUserId: optionalText(100),
  severity: z
    .enum(["", "LOW", "MEDIUM", "HIGH"])
    .optional()
    .transform((value) => (value ? value : null)),
  analysis: optionalText(10_000),
  correctiveAction: optionalText(10_000),
});

export const updateTicketHandlingAction = staffAction(handlingSchema, async ({ ticketId, ...input }, staff) => {
  if (!ticketId) notFound();
  await updateTicketHandling({ organizationId: staff.organizationId, ticketId, userId: staff.user.id, input });
});
