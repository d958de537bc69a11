import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import type { ContactContext } from "../auth/require-contact";
import type { InvoiceKind } from "../generated/prisma/enums";
import { companyScope } from "../tenancy/company-scope";
import { utcToday } from "../trainings/utc-today";
import { invoiceStatus, type InvoiceStatus } from "./invoice-status";

export interface InvoiceDetail {
  id: string;
  number: string;
  kind: InvoiceKind;
  issueDate: Date;
  dueDate: Date;
  totalExclTaxCents: number;
  vatCents: number;
  totalInclTaxCents: number;
  paidCents: number;
  status: InvoiceStatus;
  creditedNumber: string | null;
  actionLabel: string | null;
  vatExempt: boolean;
  buyer: { name: string; siret: string | null; address: string | null; postalCode: string | null; city: string | null };
  lines: { label: string; quantity: number; unitPriceCents: number; vatRateBasisPoints: number; totalExclTaxCents: number }[];
  payments: { paidAt: Date; amountCents: number; method: string }[];
}

/** One invoice of the company (another company's or organisation's id: not found), for its page and PDF. */
export async function getInvoice({
  context,
  invoiceId,
  now = new Date(),
}: {
  context: ContactContext;
  invoiceId: string;
  now?: Date;
}): Promise<InvoiceDetail> {
  const invoice = await db.invoice.findFirst({
    where: { ...companyScope(context), id: invoiceId },
    select: {
      id: true,
      number: true,
      kind: true,
      issueDate: true,
      dueDate: true,
      totalExclTaxCents: true,
      vatCents: true,
      totalInclTaxCents: true,
      paidCents: true,
      cancelledAt: true,
      creditedInvoice: { select: { number: true } },
      action: { select: { number: true, title: true, startDate: true, endDate: true } },
      organization: { select: { vatExempt: true } },
      company: { select: { name: true, siret: true, address: true, postalCode: true, city: true } },
      lines: {
        orderBy: { position: "asc" },
        take: 200,
        select: { label: true, quantity: true, unitPriceCents: true, vatRateBasisPoints: true, totalExclTaxCents: true },
      },
      payments: { orderBy: { paidAt: "asc" }, take: 100, select: { paidAt: true, amountCents: true, method: true } },
    },
  });
  if (!invoice) notFound();
  const { cancelledAt: _cancelledAt, creditedInvoice, action, organization, company, lines, ...rest } = invoice;
  return {
    ...rest,
    status: invoiceStatus({ ...invoice }, utcToday(now)),
    creditedNumber: creditedInvoice?.number ?? null,
    actionLabel: action ? `${action.number} — ${action.title}` : null,
    vatExempt: organization.vatExempt,
    buyer: company,
    lines: lines.map((line) => ({ ...line, quantity: Number(line.quantity) })),
  };
}
