import "server-only";
import { db } from "../db";
import type { ContactContext } from "../auth/require-contact";
import { companyScope } from "../tenancy/company-scope";
import { stripeClient } from "./stripe-client";

export type StartCheckoutResult = { url: string } | { error: "not_configured" | "nothing_due" };

/**
 * Opens a Stripe Checkout session (card or SEPA debit) for invoices of the contact's company, each for
 * what remains due. Ids of another company or organisation, paid, cancelled invoices, credit notes and
 * subrogated funders' invoices are left out, as if they did not exist. Nothing is recorded as paid here: only the signed webhook does.
 */
export async function startCheckout({
  context,
  invoiceIds,
  returnUrl,
}: {
  context: ContactContext;
  invoiceIds: string[];
  /** The extranet's invoices page, where the contact comes back. */
  returnUrl: string;
}): Promise<StartCheckoutResult> {
  const stripe = stripeClient();
  if (!stripe) return { error: "not_configured" };
  const invoices = await db.invoice.findMany({
    where: {
      ...companyScope(context),
      id: { in: invoiceIds },
      kind: "INVOICE",
      fundingId: null,
      cancelledAt: null,
      paidCents: { lt: db.invoice.fields.totalInclTaxCents },
    },
    orderBy: [{ dueDate: "asc" }, { sequence: "asc" }],
    take: 50,
    select: { id: true, number: true, totalInclTaxCents: true, paidCents: true },
  });
  if (!invoices.length) return { error: "nothing_due" };
  const due = invoices.map((invoice) => ({ ...invoice, dueCents: invoice.totalInclTaxCents - invoice.paidCents }));
  const amountCents = due.reduce((sum, invoice) => sum + invoice.dueCents, 0);

  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    allowed_payment_method_types: ["card", "sepa_debit"],
    currency: "eur",
    customer_email: context.user.email,
    client_reference_id: context.company.id,
    line_items: due.map((invoice) => ({
      quantity: 1,
      price_data: { currency: "eur", unit_amount: invoice.dueCents, product_data: { name: `Facture ${invoice.number}` } },
    })),
    metadata: { organizationId: context.organizationId, companyId: context.company.id },
    success_url: `${returnUrl}?paiement=ok`,
    cancel_url: `${returnUrl}?paiement=annule`,
  });
  await db.paymentSession.create({
    data: {
      organizationId: context.organizationId,
      companyId: context.company.id,
      createdByUserId: context.user.id,
      providerSessionId: session.id,
      url: session.url!,
      amountCents,
      invoices: {
        create: due.map((invoice, position) => ({ invoiceId: invoice.id, position, amountCents: invoice.dueCents })),
      },
    },
  });
  return { url: session.url! };
}
