import "server-only";
import type { ContactContext } from "../auth/require-contact";
import type { StaffContext } from "../auth/require-staff";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { companyScope } from "../tenancy/company-scope";
import { quoteDisplayStatus } from "./quote-status";

export const QUOTES_PAGE_SIZE = 50;

async function listQuotes(where: Prisma.QuoteWhereInput, page: number, now: Date) {
  const [rows, total] = await Promise.all([
    db.quote.findMany({
      where,
      orderBy: [{ sequence: "desc" }],
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

/** The quotes of the company the session shows, newest first. */
export function listCompanyQuotes({
  context,
  page = 1,
  now = new Date(),
}: {
  context: Pick<ContactContext, "organizationId" | "company">;
  page?: number;
  now?: Date;
}) {
  return listQuotes(companyScope(context), page, now);
}

/** Every quote of the organisation, newest first. */
export function listStaffQuotes({
  staff,
  page = 1,
  now = new Date(),
}: {
  staff: Pick<StaffContext, "organizationId">;
  page?: number;
  now?: Date;
}) {
  return listQuotes({ organizationId: staff.organizationId }, page, now);
}

export type QuoteListRow = Awaited<ReturnType<typeof listQuotes>>["rows"][number];
