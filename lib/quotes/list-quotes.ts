import "server-only";
import type { ContactContext } from "../auth/require-contact";
import type { StaffContext } from "../auth/require-staff";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { SortDirection } from "../http/request-params";
import { companyScope } from "../tenancy/company-scope";
import { quoteDisplayStatus } from "./quote-status";

export const QUOTES_PAGE_SIZE = 50;

/** The quote lists' sortable columns (`tri`), newest number first by default. */
export const QUOTE_SORTS = ["number", "sentAt", "validUntil", "total", "company"] as const;
export type QuoteSort = (typeof QUOTE_SORTS)[number];

const QUOTE_ORDER: Record<QuoteSort, (direction: SortDirection) => Prisma.QuoteOrderByWithRelationInput[]> = {
  number: (direction) => [{ sequence: direction }],
  sentAt: (direction) => [{ sentAt: direction }, { sequence: direction }],
  validUntil: (direction) => [{ validUntil: direction }, { sequence: direction }],
  total: (direction) => [{ totalInclTaxCents: direction }, { sequence: direction }],
  company: (direction) => [{ company: { name: direction } }, { sequence: direction }],
};

export interface QuoteListQuery {
  page?: number;
  sort?: QuoteSort;
  direction?: SortDirection;
  now?: Date;
}

async function listQuotes(
  where: Prisma.QuoteWhereInput,
  { page = 1, sort = "number", direction = "desc", now = new Date() }: QuoteListQuery,
) {
  const [rows, total] = await Promise.all([
    db.quote.findMany({
      where,
      orderBy: QUOTE_ORDER[sort](direction),
      skip: (page - 1) * QUOTES_PAGE_SIZE,
      take: QUOTES_PAGE_SIZE,
      select: {
        id: true,
        number: true,
        type: true,
        status: true,
        validUntil: true,
        sentAt: true,
        totalInclTaxCents: true,
        company: { select: { name: true } },
        contact: { select: { firstName: true, lastName: true } },
      },
    }),
    db.quote.count({ where }),
  ]);
  return {
    rows: rows.map(({ contact, company, ...row }) => ({
      ...row,
      status: quoteDisplayStatus(row, now),
      companyName: company.name,
      contactName: `${contact.firstName} ${contact.lastName}`,
    })),
    page,
    pageCount: Math.max(1, Math.ceil(total / QUOTES_PAGE_SIZE)),
  };
}

/** The quotes of the company the session shows, newest first unless told. */
export function listCompanyQuotes({ context, ...query }: { context: Pick<ContactContext, "organizationId" | "company"> } & QuoteListQuery) {
  return listQuotes(companyScope(context), query);
}

/** Every quote of the organisation, newest first unless told. */
export function listStaffQuotes({ staff, ...query }: { staff: Pick<StaffContext, "organizationId"> } & QuoteListQuery) {
  return listQuotes({ organizationId: staff.organizationId }, query);
}

export type QuoteListRow = Awaited<ReturnType<typeof listQuotes>>["rows"][number];
