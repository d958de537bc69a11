"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { contactAction } from "../actions/define-action";
import { startCheckout } from "./start-checkout";

const INVOICE_FIELD = /^invoice_([a-z0-9]{1,40})$/;

// One checkbox per unpaid invoice, named invoice_<id> (a repeated name would keep only its last value).
const paySchema = z.preprocess(
  (fields) => ({
    invoices: Object.entries(fields as Record<string, unknown>).flatMap(([name, value]) =>
      value === "on" ? (INVOICE_FIELD.exec(name)?.slice(1, 2) ?? []) : [],
    ),
  }),
  z.object({ invoices: z.array(z.string()).min(1, { error: "choose_invoice" }).max(50, { error: "too_many_invoices" }) }),
);

/** "Payer en ligne": a Stripe Checkout for the chosen invoices of the company, then the provider's page. */
export const payInvoicesOnlineAction = contactAction("invoices", paySchema, async ({ invoices }, context) => {
  // Back to the site the contact paid from: the host and protocol proxy.ts pinned for this request.
  const request = await headers();
  const origin = `${request.get("x-forwarded-proto") ?? "https"}://${request.get("x-forwarded-host") ?? context.site.hostname}`;
  const result = await startCheckout({ context, invoiceIds: invoices, returnUrl: `${origin}/factures` });
  if ("error" in result) return { status: "error", fieldErrors: { invoices: [result.error] } } as const;
  redirect(result.url);
});
