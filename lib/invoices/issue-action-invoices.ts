import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import type { TransactionClient } from "../db/create-prisma-client";
import { lockFundingAction } from "../fundings/lock-funding-action";
import { utcToday } from "../trainings/utc-today";
import { companyFundings, companyInvoiceSplit, liveActionInvoice } from "./company-invoice-split";
import { nextInvoiceNumber } from "./next-invoice-number";
import { recordInvoiceIssued } from "./record-invoice-issued";
import type { InvoicePart } from "./split-subrogation";

/** Payment terms of an issued invoice, in days (art. L441-10 C. com.: at most 60 days). */
export const PAYMENT_TERM_DAYS = 30;
const STANDARD_VAT_BASIS_POINTS = 2000;

export type IssueActionInvoicesResult =
  | { status: "issued"; invoices: { id: string; number: string; fundingId: string | null }[] }
  | { status: "already_invoiced"; number: string }
  | { status: "funding_pending" }
  | { status: "nothing_to_invoice" }
  | null;

/** Where the training took place, on the invoice when it is not the buyer's address (a remote one has none). */
async function deliveryOf(tx: TransactionClient, organizationId: string, actionId: string, companyId: string) {
  const [action, company] = await Promise.all([
    tx.trainingAction.findFirst({
      where: { organizationId, id: actionId },
      select: { location: { select: { address: true, postalCode: true, city: true, isRemote: true } } },
    }),
    tx.company.findFirst({ where: { organizationId, id: companyId }, select: { address: true, postalCode: true, city: true } }),
  ]);
  const place = action?.location;
  if (!place || place.isRemote || !place.address) return {};
  if (place.address === company?.address && place.postalCode === company?.postalCode) return {};
  return { deliveryAddress: place.address, deliveryPostalCode: place.postalCode, deliveryCity: place.city };
}

async function writeInvoice(
  tx: TransactionClient,
  {
    organizationId,
    companyId,
    actionId,
    part,
    vatRate,
    issueDate,
    delivery,
  }: {
    organizationId: string;
    companyId: string;
    actionId: string;
    part: InvoicePart;
    vatRate: number;
    issueDate: Date;
    delivery: Awaited<ReturnType<typeof deliveryOf>>;
  },
) {
  const lines = part.lines.map((line, position) => ({
    position,
    ...line,
    vatRateBasisPoints: vatRate,
    totalExclTaxCents: Math.round(line.quantity * line.unitPriceCents),
  }));
  const totalExclTaxCents = lines.reduce((sum, line) => sum + line.totalExclTaxCents, 0);
  const vatCents = Math.round((totalExclTaxCents * vatRate) / 10_000);
  const { sequence, number } = await nextInvoiceNumber({ tx, organizationId, issueDate });
  return tx.invoice.create({
    data: {
      organizationId,
      companyId,
      actionId,
      fundingId: part.fundingId,
      kind: "INVOICE",
      sequence,
      number,
      issueDate,
      dueDate: new Date(issueDate.getTime() + PAYMENT_TERM_DAYS * 86_400_000),
      totalExclTaxCents,
      vatCents,
      totalInclTaxCents: totalExclTaxCents + vatCents,
      ...delivery,
      lines: { createMany: { data: lines } },
    },
    select: {
      id: true,
      organizationId: true,
      companyId: true,
      number: true,
      kind: true,
      fundingId: true,
      totalInclTaxCents: true,
      dueDate: true,
    },
  });
}

/**
 * Staff invoice a company's part of an action (another organisation's action, or a company without a seat
 * on it: null): the company's invoice and one per subrogated funding the funder granted, numbered in one
 * transaction (all or none), once — until a credit note cancels the company's invoice. A subrogated
 * funding not decided yet stops it. VAT at 20 % unless the organisation is exempt (art. 261-4-4° a CGI).
 */
export async function issueActionInvoices({
  staff,
  actionId,
  companyId,
  now = new Date(),
}: {
  staff: Pick<StaffContext, "organizationId" | "user">;
  actionId: string;
  companyId: string;
  now?: Date;
}): Promise<IssueActionInvoicesResult> {
  const { organizationId } = staff;
  return db.$transaction(async (tx) => {
    const action = await lockFundingAction(tx, organizationId, actionId);
    if (!action?.targets.some((target) => target.companyId === companyId)) return null;
    const live = await liveActionInvoice(tx, organizationId, actionId, companyId);
    if (live) return { status: "already_invoiced", number: live.number };
    const split = companyInvoiceSplit(action, companyId, await companyFundings(tx, organizationId, actionId, companyId));
    if (split.status === "funding_pending") return { status: "funding_pending" };
    if (!split.parts.length) return { status: "nothing_to_invoice" };

    const [organization, delivery] = await Promise.all([
      tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { vatExempt: true } }),
      deliveryOf(tx, organizationId, actionId, companyId),
    ]);
    const vatRate = organization.vatExempt ? 0 : STANDARD_VAT_BASIS_POINTS;
    const issueDate = utcToday(now);
    const invoices = [];
    for (const part of split.parts) {
      const invoice = await writeInvoice(tx, { organizationId, companyId, actionId, part, vatRate, issueDate, delivery });
      await recordInvoiceIssued(tx, invoice);
      await tx.auditEvent.create({
        data: {
          organizationId,
          companyId,
          actorUserId: staff.user.id,
          action: "invoice.issued",
          targetType: "Invoice",
          targetId: invoice.id,
          metadata: { number: invoice.number, actionId, fundingId: invoice.fundingId, totalInclTaxCents: invoice.totalInclTaxCents },
        },
      });
      invoices.push({ id: invoice.id, number: invoice.number, fundingId: invoice.fundingId });
    }
    return { status: "issued", invoices };
  });
}
