import type { Prisma } from "../generated/prisma/client";
import { funderInvoiceName } from "../fundings/funding-kinds";
import { utcToday } from "../trainings/utc-today";
import type { FacturXInvoice } from "./factur-x/factur-x-invoice";
import { invoiceStatus, type InvoiceStatus } from "./invoice-status";

export interface InvoiceDetail extends FacturXInvoice {
  id: string;
  status: InvoiceStatus;
  actionLabel: string | null;
  vatExempt: boolean;
  payments: { paidAt: Date; amountCents: number; method: string }[];
}

const identity = { legalName: true, siret: true, address: true, postalCode: true, city: true } as const;

/** What an invoice's page, PDF and XML read, whoever asks (the caller adds its scope to the `where`). */
export const invoiceDetailSelect = {
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
  vatOnDebits: true,
  deliveryAddress: true,
  deliveryPostalCode: true,
  deliveryCity: true,
  creditedInvoice: { select: { number: true, issueDate: true } },
  funding: { select: { funderKind: true, opco: true, funderName: true, agreementNumber: true } },
  action: { select: { number: true, title: true, startDate: true, endDate: true } },
  organization: { select: { ...identity, vatNumber: true, vatExempt: true, email: true } },
  company: {
    select: { name: true, siret: true, vatNumber: true, address: true, postalCode: true, city: true, centre: { select: identity } },
  },
  lines: {
    orderBy: { position: "asc" },
    take: 200,
    select: { label: true, quantity: true, unitPriceCents: true, vatRateBasisPoints: true, totalExclTaxCents: true },
  },
  payments: { orderBy: { paidAt: "asc" }, take: 100, select: { paidAt: true, amountCents: true, method: true } },
} satisfies Prisma.InvoiceSelect;

type InvoiceRow = Prisma.InvoiceGetPayload<{ select: typeof invoiceDetailSelect }>;

/**
 * The seller is the issuer the company's documents carry (its sub-centre, else the organisation, as in
 * get-brand.ts) with the organisation's VAT number; the buyer is the company, or the subrogated funder
 * (known by name only) on a funder's invoice; the delivery address is the invoice's own.
 */
export function toInvoiceDetail(invoice: InvoiceRow, now: Date): InvoiceDetail {
  const {
    creditedInvoice,
    funding,
    action,
    organization,
    company,
    lines,
    cancelledAt,
    deliveryAddress,
    deliveryPostalCode,
    deliveryCity,
    ...rest
  } = invoice;
  const issuer = company.centre ?? organization;
  const hasDelivery = Boolean(deliveryAddress || deliveryPostalCode || deliveryCity);
  return {
    ...rest,
    status: invoiceStatus({ ...invoice, cancelledAt }, utcToday(now)),
    credited: creditedInvoice,
    actionLabel: action ? `${action.number} — ${action.title}` : null,
    buyerReference: action?.number ?? null,
    period: action ? { start: action.startDate, end: action.endDate } : null,
    vatExempt: organization.vatExempt,
    seller: {
      name: issuer.legalName,
      siret: issuer.siret,
      vatNumber: organization.vatNumber,
      line: issuer.address,
      postalCode: issuer.postalCode,
      city: issuer.city,
      email: organization.email,
    },
    buyer: funding
      ? { name: funderInvoiceName(funding), siret: null, vatNumber: null, line: null, postalCode: null, city: null }
      : {
          name: company.name,
          siret: company.siret,
          vatNumber: company.vatNumber,
          line: company.address,
          postalCode: company.postalCode,
          city: company.city,
        },
    subrogation: funding ? { companyName: company.name, companySiret: company.siret, agreementNumber: funding.agreementNumber } : null,
    delivery: hasDelivery ? { line: deliveryAddress, postalCode: deliveryPostalCode, city: deliveryCity } : null,
    lines: lines.map((line) => ({ ...line, quantity: Number(line.quantity) })),
  };
}
