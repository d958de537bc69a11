import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { ContactContext } from "../auth/require-contact";
import type { StaffContext } from "../auth/require-staff";
import { companyScope } from "../tenancy/company-scope";

export type IntraStatus = "RECEIVED" | "IN_STUDY" | "PROPOSAL_SENT" | "ACCEPTED" | "DECLINED";
export const INTRA_STATUSES: IntraStatus[] = ["RECEIVED", "IN_STUDY", "PROPOSAL_SENT", "ACCEPTED", "DECLINED"];

export interface IntraRequestSummary {
  id: string;
  moduleTitle: string;
  participantCount: number;
  desiredPeriod: string | null;
  desiredLocation: string | null;
  remarks: string | null;
  status: IntraStatus;
  staffMessage: string | null;
  requester: string | null;
  requesterEmail: string | null;
  requesterCompany: string | null;
  companyName: string | null;
  createdAt: Date;
}

const select = {
  id: true,
  participantCount: true,
  desiredPeriod: true,
  desiredLocation: true,
  remarks: true,
  status: true,
  staffMessage: true,
  requesterName: true,
  requesterEmail: true,
  requesterCompany: true,
  createdAt: true,
  module: { select: { title: true } },
  company: { select: { name: true } },
} as const satisfies Prisma.IntraRequestSelect;

function toSummary(row: Prisma.IntraRequestGetPayload<{ select: typeof select }>): IntraRequestSummary {
  return {
    id: row.id,
    moduleTitle: row.module.title,
    participantCount: row.participantCount,
    desiredPeriod: row.desiredPeriod,
    desiredLocation: row.desiredLocation,
    remarks: row.remarks,
    status: row.status,
    staffMessage: row.staffMessage,
    requester: row.requesterName,
    requesterEmail: row.requesterEmail,
    requesterCompany: row.requesterCompany,
    companyName: row.company?.name ?? null,
    createdAt: row.createdAt,
  };
}

/** The company's INTRA requests with their status, newest first. */
export async function listCompanyIntraRequests({
  context,
  take = 50,
}: {
  context: ContactContext;
  take?: number;
}): Promise<IntraRequestSummary[]> {
  const rows = await db.intraRequest.findMany({ where: companyScope(context), orderBy: { createdAt: "desc" }, take, select });
  return rows.map(toSummary);
}

/** The organisation's INTRA requests, open ones first. */
export async function listStaffIntraRequests({
  staff,
  take = 100,
}: {
  staff: Pick<StaffContext, "organizationId">;
  take?: number;
}): Promise<IntraRequestSummary[]> {
  const rows = await db.intraRequest.findMany({
    where: { organizationId: staff.organizationId },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    take,
    select,
  });
  return rows.map(toSummary);
}
