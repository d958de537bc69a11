"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { contactAction, staffAction } from "../actions/define-action";
import { utcToday } from "../trainings/utc-today";
import { convertQuote } from "./convert-quote";
import { createQuote } from "./create-quote";
import { declineQuote } from "./decline-quote";
import { QUOTE_FORM_LINES } from "./quote-form-lines";

const id = z.string().trim().min(1).max(40);
const day = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .transform((value) => new Date(`${value}T00:00:00.000Z`))
    .refine((date) => !Number.isNaN(date.getTime()), message);
const optionalDay = z.preprocess((value) => (value === "" ? undefined : value), day("date_invalid").optional());
const lineFields = Object.fromEntries(
  Array.from({ length: QUOTE_FORM_LINES }, (_, index) => [
    [`item${index}`, z.string().trim().max(45).optional()],
    [
      `quantity${index}`,
      z.preprocess(
        (value) => (value === "" ? undefined : value),
        z.coerce
          .number({ error: "quantity_invalid" })
          .int("quantity_invalid")
          .min(1, "quantity_invalid")
          .max(500, "quantity_invalid")
          .optional(),
      ),
    ],
  ]).flat(),
) as Record<string, z.ZodType<string | number | undefined>>;

const createSchema = z
  .object({
    companyId: id,
    contactId: z.string().trim().min(1, "contact_required").max(40),
    intraRequestId: z.preprocess((value) => (value === "" ? undefined : value), id.optional()),
    type: z.enum(["INTRA", "INTER"], { error: "type_required" }),
    validUntil: day("date_invalid"),
    conditions: z.string().trim().min(10, "conditions_required").max(4000, "too_long"),
    participantCount: z.coerce
      .number({ error: "participants_invalid" })
      .int("participants_invalid")
      .min(1, "participants_invalid")
      .max(500, "participants_invalid"),
    startDate: optionalDay,
    endDate: optionalDay,
    ...lineFields,
  })
  .superRefine((input, issues) => {
    if (input.validUntil.getTime() < utcToday().getTime())
      issues.addIssue({ code: "custom", path: ["validUntil"], message: "valid_until_past" });
    const rows = Array.from({ length: QUOTE_FORM_LINES }, (_, index) => index);
    const filled = rows.filter((index) => (input as Record<string, unknown>)[`item${index}`]);
    if (filled.length === 0) issues.addIssue({ code: "custom", path: ["item0"], message: "lines_required" });
    for (const index of filled)
      if ((input as Record<string, unknown>)[`quantity${index}`] === undefined)
        issues.addIssue({ code: "custom", path: [`quantity${index}`], message: "quantity_invalid" });
    if (input.type === "INTRA" && !input.startDate) issues.addIssue({ code: "custom", path: ["startDate"], message: "start_required" });
    if (input.type === "INTRA" && !input.endDate) issues.addIssue({ code: "custom", path: ["endDate"], message: "end_required" });
    if (input.startDate && input.endDate && input.endDate < input.startDate)
      issues.addIssue({ code: "custom", path: ["endDate"], message: "end_before_start" });
  });

/** Staff write a quote for a company and send it to one of its contacts; they land on the quote. */
export const createQuoteAction = staffAction(createSchema, async (input, staff) => {
  const fields = input as Record<string, unknown>;
  const lines = Array.from({ length: QUOTE_FORM_LINES }, (_, index) => index)
    .filter((index) => fields[`item${index}`])
    .map((index) => ({ itemId: String(fields[`item${index}`]), quantity: Number(fields[`quantity${index}`]) }));
  const result = await createQuote({
    staff,
    input: {
      companyId: input.companyId,
      contactId: input.contactId,
      intraRequestId: input.intraRequestId ?? null,
      type: input.type,
      validUntil: input.validUntil,
      conditions: input.conditions,
      participantCount: input.participantCount,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      lines,
    },
  });
  if (result.status === "refused") {
    const field = result.field === "lines" ? "item0" : result.field;
    return { status: "error", fieldErrors: { [field]: [result.reason] } };
  }
  redirect(`/admin/devis/${result.id}`);
});

const declineSchema = z.object({
  quoteId: id,
  reason: z.string().trim().min(5, "reason_required").max(1000, "too_long"),
});

/** The contact the quote is addressed to declines it, saying why. */
export const declineQuoteAction = contactAction<typeof declineSchema, void>("quotes", declineSchema, async (input, context) => {
  const result = await declineQuote({ context, quoteId: input.quoteId, reason: input.reason });
  if (result !== "declined") return { status: "error", formError: result };
  revalidatePath(`/devis/${input.quoteId}`);
});

const convertSchema = z.object({ quoteId: id });

/** Staff turn an accepted quote into its INTRA action or its INTER seats, in one step. */
export const convertQuoteAction = staffAction<typeof convertSchema, void>(convertSchema, async (input, staff) => {
  const result = await convertQuote({ staff, quoteId: input.quoteId });
  if (result.status === "refused") return { status: "error", formError: result.reason };
  revalidatePath(`/admin/devis/${input.quoteId}`);
});
