import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import type { DocumentKind } from "../generated/prisma/enums";
import { documentStatus, documentStatusWhere, type DocumentStatus } from "./document-status";
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

/** The organisation's documents, newest first, a page at a time, optionally for one company and status. */
interface DocumentQuery {
  staff: StaffContext;
  companyId?: string;
  status?: DocumentStatus;
}

const documentWhere = ({ staff, companyId, status }: DocumentQuery) => ({
  organizationId: staff.organizationId,
  ...(companyId ? { companyId } : {}),
  ...documentStatusWhere(status),
});

/** How many documents the list's filters give (for its pager). */
export function countOrganizationDocuments(query: DocumentQuery): Promise<number> {
  return db.document.count({ where: documentWhere(query) });
}

export async function listOrganizationDocuments({ page = 1, ...query }: DocumentQuery & { page?: number }): Promise<StaffDocumentItem[]> {
  const rows = await db.document.findMany({
    where: documentWhere(query),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
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
