import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { DocumentKind } from "../generated/prisma/enums";
import type { SortDirection } from "../http/request-params";
import { documentStatus, documentStatusWhere, type DocumentStatus } from "./document-status";
import { companyNameWhere } from "../crm/company-name-where";
import { DOCUMENTS_PAGE_SIZE } from "./list-company-documents";

export interface StaffDocumentItem {
  id: string;
  title: string;
  kind: DocumentKind;
  company: { id: string; name: string };
  action: { number: string } | null;
  status: DocumentStatus;
  sentAt: Date | null;
  createdAt: Date;
}

/** The organisation's documents, newest first, a page at a time, optionally of companies by name and a status. */
interface DocumentQuery {
  staff: StaffContext;
  /** Part of the company's name, any case. */
  companyName?: string;
  status?: DocumentStatus;
}

async function documentWhere({ staff, companyName = "", status }: DocumentQuery): Promise<Prisma.DocumentWhereInput> {
  const name = companyName.trim().slice(0, 100);
  return {
    organizationId: staff.organizationId,
    ...(name ? await companyNameWhere(staff.organizationId, name) : {}),
    ...documentStatusWhere(status),
  };
}

/** How many documents the list's filters give (for its pager). */
export async function countOrganizationDocuments(query: DocumentQuery): Promise<number> {
  return db.document.count({ where: await documentWhere(query) });
}

/** The staff document list's sortable columns (`tri`), the newest first by default. */
export const DOCUMENT_SORTS = ["createdAt", "title", "company", "sentAt"] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];

// The id last: one stable order across pages. Creation, title and sending read an index of Document
// beginning with organizationId; documents never sent come last either way.
const DOCUMENT_ORDER: Record<DocumentSort, (direction: SortDirection) => Prisma.DocumentOrderByWithRelationInput[]> = {
  createdAt: (direction) => [{ createdAt: direction }, { id: direction }],
  title: (direction) => [{ title: direction }, { id: direction }],
  company: (direction) => [{ company: { name: direction } }, { createdAt: "desc" }, { id: "desc" }],
  sentAt: (direction) => [{ sentAt: { sort: direction, nulls: "last" } }, { id: direction }],
};

export async function listOrganizationDocuments({
  page = 1,
  sort = "createdAt",
  direction = "desc",
  ...query
}: DocumentQuery & { page?: number; sort?: DocumentSort; direction?: SortDirection }): Promise<StaffDocumentItem[]> {
  const rows = await db.document.findMany({
    where: await documentWhere(query),
    orderBy: DOCUMENT_ORDER[sort](direction),
    skip: (page - 1) * DOCUMENTS_PAGE_SIZE,
    take: DOCUMENTS_PAGE_SIZE,
    select: {
      id: true,
      title: true,
      kind: true,
      sentAt: true,
      createdAt: true,
      company: { select: { id: true, name: true } },
      action: { select: { number: true } },
      signatureRequests: { take: 20, select: { status: true, expiresAt: true } },
    },
  });
  return rows.map(({ signatureRequests, ...row }) => ({ ...row, status: documentStatus(signatureRequests, new Date()) }));
}
