import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import type { ContactContext } from "../auth/require-contact";
import type { Prisma } from "../generated/prisma/client";
import type { InvoiceKind } from "../generated/prisma/enums";
import { viewedCompanies, viewedCompaniesScope } from "../tenancy/viewed-companies";
import type { SortDirection } from "../http/request-params";
import { funderInvoiceName } from "../fundings/funding-kinds";
import { utcToday } from "../trainings/utc-today";
import { invoiceRowSelect, invoiceStatus, invoiceStatusWhere, type InvoiceStatus } from "./invoice-status";

/** Rows per page of the invoice list (each row costs a fifth of a millisecond of rendering: 50 made it the slowest page). */
export const INVOICES_PAGE_SIZE = 25;

/** The invoice list's sortable columns (`tri`), newest issue date first by default. */
export const INVOICE_SORTS = ["issueDate", "dueDate", "number", "total"] as const;
export type InvoiceSort = (typeof INVOICE_SORTS)[number];

// The sequence orders invoices of one date (and is the number's order): a stable order across pages.
const INVOICE_ORDER: Record<InvoiceSort, (direction: SortDirection) => Prisma.InvoiceOrderByWithRelationInput[]> = {
  issueDate: (direction) => [{ issueDate: direction }, { sequence: direction }],
  dueDate: (direction) => [{ dueDate: direction }, { sequence: direction }],
  number: (direction) => [{ sequence: direction }],
  total: (direction) => [{ totalInclTaxCents: direction }, { sequence: direction }],
};

export interface InvoiceRow {
  id: string;
  companyId: string;
  number: string;
  kind: InvoiceKind;
  issueDate: Date;
  dueDate: Date;
  totalExclTaxCents: number;
  totalInclTaxCents: number;
  paidCents: number;
  status: InvoiceStatus;
  actionTitle: string | null;
  /** A subrogated funder's invoice (not the company's to pay): the funder billed. */
  funder: string | null;
}

export interface YearTotals {
  year: number;
  count: number;
  /** The company's own invoices (not its funders'), net of credit notes (a cancelled invoice and its credit note cancel out). */
  totalExclTaxCents: number;
  totalInclTaxCents: number;
  paidCents: number;
  /** What remains to pay on invoices that are neither cancelled nor paid. */
  outstandingCents: number;
}

export interface InvoiceList {
  year: number;
  /** Every year with invoices, newest first, with its totals (one aggregate query over the company's invoices). */
  years: YearTotals[];
  /** Totals of the selected year under the selected status. */
  filteredTotals: { count: number; totalInclTaxCents: number; paidCents: number };
  rows: InvoiceRow[];
  total: number;
  page: number;
  pageCount: number;
}

interface YearRow {
  year: number;
  count: bigint;
  excl: bigint | null;
  incl: bigint | null;
  paid: bigint | null;
  outstanding: bigint | null;
}

/**
 * The viewed companies' invoices of one year, filtered by payment status and company (one of the viewed set,
 * else not found) and paginated, with totals per year computed by the database.
 */
export async function listInvoices({
  context,
  year,
  status,
  companyId,
  sort = "issueDate",
  direction = "desc",
  page = 1,
  now = new Date(),
}: {
  context: ContactContext;
  year?: number;
  status?: InvoiceStatus;
  companyId?: string;
  sort?: InvoiceSort;
  direction?: SortDirection;
  page?: number;
  now?: Date;
}): Promise<InvoiceList> {
  const today = utcToday(now);
  const view = viewedCompanies(context, companyId) ?? notFound();
  const scope = viewedCompaniesScope(view);
  const yearRows = await db.$queryRaw<YearRow[]>`
    SELECT EXTRACT(YEAR FROM "issueDate")::int AS year,
           COUNT(*) AS count,
           SUM("totalExclTaxCents") FILTER (WHERE "fundingId" IS NULL) AS excl,
           SUM("totalInclTaxCents") FILTER (WHERE "fundingId" IS NULL) AS incl,
           SUM("paidCents") FILTER (WHERE "fundingId" IS NULL) AS paid,
           SUM("totalInclTaxCents" - "paidCents") FILTER (WHERE "fundingId" IS NULL AND "cancelledAt" IS NULL AND "kind" = 'INVOICE' AND "paidCents" < "totalInclTaxCents") AS outstanding
    FROM "Invoice"
    WHERE "organizationId" = ${view.organizationId} AND "companyId" = ANY(${view.companyIds})
    GROUP BY 1 ORDER BY 1 DESC`;
  const years: YearTotals[] = yearRows.map((row) => ({
    year: row.year,
    count: Number(row.count),
    totalExclTaxCents: Number(row.excl ?? 0),
    totalInclTaxCents: Number(row.incl ?? 0),
    paidCents: Number(row.paid ?? 0),
    outstandingCents: Number(row.outstanding ?? 0),
  }));
  const selectedYear = year ?? years[0]?.year ?? today.getUTCFullYear();

  const where: Prisma.InvoiceWhereInput = {
    AND: [
      scope,
      { issueDate: { gte: new Date(Date.UTC(selectedYear, 0, 1)), lt: new Date(Date.UTC(selectedYear + 1, 0, 1)) } },
      status ? invoiceStatusWhere(status, today, db.invoice.fields) : {},
    ],
  };
  const [aggregate, invoices] = await Promise.all([
    db.invoice.aggregate({ where, _count: { _all: true }, _sum: { totalInclTaxCents: true, paidCents: true } }),
    db.invoice.findMany({
      where,
      orderBy: INVOICE_ORDER[sort](direction),
      skip: (page - 1) * INVOICES_PAGE_SIZE,
      take: INVOICES_PAGE_SIZE,
      select: {
        ...invoiceRowSelect,
        companyId: true,
        totalExclTaxCents: true,
        action: { select: { title: true } },
        funding: { select: { funderKind: true, opco: true, funderName: true } },
      },
    }),
  ]);
  const total = aggregate._count._all;
  return {
    year: selectedYear,
    years,
    filteredTotals: { count: total, totalInclTaxCents: aggregate._sum.totalInclTaxCents ?? 0, paidCents: aggregate._sum.paidCents ?? 0 },
    rows: invoices.map(({ cancelledAt, action, funding, ...invoice }) => ({
      ...invoice,
      status: invoiceStatus({ ...invoice, cancelledAt }, today),
      actionTitle: action?.title ?? null,
      funder: funding ? funderInvoiceName(funding) : null,
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / INVOICES_PAGE_SIZE)),
  };
}
