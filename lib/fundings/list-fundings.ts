import "server-only";
import { notFound } from "next/navigation";
import type { ContactContext } from "../auth/require-contact";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { FunderKind, FundingStatus, Opco } from "../generated/prisma/enums";
import { viewedCompanies, viewedCompaniesScope } from "../tenancy/viewed-companies";
import { PENDING_FUNDING_STATUSES } from "./funding-kinds";

export const FUNDINGS_PAGE_SIZE = 50;

export interface FundingRow {
  id: string;
  companyId: string;
  actionId: string;
  enrolmentId: string | null;
  funderKind: FunderKind;
  opco: Opco | null;
  funderName: string | null;
  agreementNumber: string | null;
  amountCents: number;
  status: FundingStatus;
  subrogation: boolean;
  action: { number: string; title: string; startDate: Date };
  seatLabel: string | null;
}

/** A funding's own fields: what a change audits. */
export const fundingFieldsSelect = {
  id: true,
  companyId: true,
  enrolmentId: true,
  funderKind: true,
  opco: true,
  funderName: true,
  agreementNumber: true,
  amountCents: true,
  status: true,
  subrogation: true,
} satisfies Prisma.FundingSelect;

export const fundingRowSelect = {
  ...fundingFieldsSelect,
  actionId: true,
  action: { select: { number: true, title: true, startDate: true } },
  enrolment: { select: { placeholderLabel: true, participant: { select: { firstName: true, lastName: true } } } },
} satisfies Prisma.FundingSelect;

type SelectedRow = Prisma.FundingGetPayload<{ select: typeof fundingRowSelect }>;

export function toFundingRow({ enrolment, ...row }: SelectedRow): FundingRow {
  const seatLabel = enrolment
    ? enrolment.participant
      ? `${enrolment.participant.firstName} ${enrolment.participant.lastName}`
      : enrolment.placeholderLabel
    : null;
  return { ...row, seatLabel };
}

/** A status filter: one status, or PENDING for the three not settled yet. */
export type FundingStatusFilter = FundingStatus | "PENDING";

export function fundingStatusWhere(status: FundingStatusFilter | undefined): Prisma.FundingWhereInput {
  if (!status) return {};
  return { status: status === "PENDING" ? { in: [...PENDING_FUNDING_STATUSES] } : status };
}

/**
 * The viewed companies' fundings (the group view: the group's), newest training first, filtered by status and
 * company (one of the viewed set, else not found), paginated, with the filtered total.
 */
export async function listCompanyFundings({
  context,
  status,
  companyId,
  page = 1,
}: {
  context: ContactContext;
  status?: FundingStatusFilter;
  companyId?: string;
  page?: number;
}) {
  const view = viewedCompanies(context, companyId) ?? notFound();
  const where: Prisma.FundingWhereInput = { AND: [viewedCompaniesScope(view), fundingStatusWhere(status)] };
  const [aggregate, rows] = await Promise.all([
    db.funding.aggregate({ where, _count: { _all: true }, _sum: { amountCents: true } }),
    db.funding.findMany({
      where,
      orderBy: [{ action: { startDate: "desc" } }, { createdAt: "asc" }],
      skip: (page - 1) * FUNDINGS_PAGE_SIZE,
      take: FUNDINGS_PAGE_SIZE,
      select: fundingRowSelect,
    }),
  ]);
  const total = aggregate._count._all;
  return {
    rows: rows.map(toFundingRow),
    total,
    amountCents: aggregate._sum.amountCents ?? 0,
    page,
    pageCount: Math.max(1, Math.ceil(total / FUNDINGS_PAGE_SIZE)),
  };
}
