"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "../actions/define-action";
import { eurosField } from "../actions/euros-field";
import { creditInvoice } from "./credit-invoice";
import { issueActionInvoices } from "./issue-action-invoices";
import { MANUAL_PAYMENT_METHODS, recordManualPayment } from "./record-manual-payment";

const id = z.string().trim().min(1).max(60);

const issueSchema = z.object({ actionId: id, companyId: id });

/** Staff invoice one company's part of an action, with its subrogated funders' invoices; the page then lists them. */
export const issueActionInvoicesAction = staffAction<typeof issueSchema, string>(issueSchema, async (input, staff) => {
  const result = await issueActionInvoices({ staff, actionId: input.actionId, companyId: input.companyId });
  if (!result) return { status: "error", formError: "not_found" };
  if (result.status !== "issued") return { status: "error", formError: result.status };
  revalidatePath(`/admin/formations/${input.actionId}`);
  return "invoices_issued";
});

const creditSchema = z.object({ invoiceId: id, actionId: id.optional() });

/** An administrator cancels an unpaid invoice by a credit note; a manager, or another organisation's invoice: not found. */
export const creditInvoiceAction = staffAction<typeof creditSchema, string>(creditSchema, async (input, staff) => {
  const result = await creditInvoice({ staff, invoiceId: input.invoiceId });
  if (!result) return { status: "error", formError: "not_found" };
  if (result.status !== "credited") return { status: "error", formError: result.status };
  revalidatePath(input.actionId ? `/admin/formations/${input.actionId}` : `/admin/factures/${input.invoiceId}`);
  return "invoice_credited";
});

const paymentSchema = z.object({
  invoiceId: id,
  actionId: id.optional(),
  amount: eurosField,
  paidAt: z.iso.date({ error: "date_invalid" }).transform((value) => new Date(`${value}T00:00:00Z`)),
  method: z.enum(MANUAL_PAYMENT_METHODS, { error: "method_required" }),
});

/** An administrator records a payment received by transfer or cheque; errors next to their field. */
export const recordPaymentAction = staffAction<typeof paymentSchema, string>(paymentSchema, async (input, staff) => {
  const result = await recordManualPayment({
    staff,
    invoiceId: input.invoiceId,
    amountCents: input.amount,
    paidAt: input.paidAt,
    method: input.method,
  });
  if (!result) return { status: "error", formError: "not_found" };
  if (result.status === "refused") return { status: "error", fieldErrors: { [result.field]: [result.reason] } };
  if (input.actionId) revalidatePath(`/admin/formations/${input.actionId}`);
  return "payment_recorded";
});
