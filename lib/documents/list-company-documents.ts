import "server-only";
import { notFound } from "next/navigation";
import type { ContactContext } from "../auth/require-contact";
import { db } from "../db";
import type { DocumentKind } from "../generated/prisma/enums";
import { viewedCompanies, viewedCompaniesScope } from "../tenancy/viewed-companies";
import { documentStatus, documentStatusWhere, type DocumentStatus } from "./document-status";

export interface CompanyDocumentItem {
  id: string;
  companyId: string;
  title: string;
  kind: DocumentKind;
  status: DocumentStatus;
  action: { id: string; number: string; title: string } | null;
  sentAt: Date | null;
  /** This contact is the named signer of a waiting request. */
  toSignByMe: boolean;
}

/** Rows per page of the document lists (each row costs a fifth of a millisecond of rendering: 50 made them the slowest pages). */
export const DOCUMENTS_PAGE_SIZE = 25;

export interface CompanyDocumentList {
  documents: CompanyDocumentItem[];
  page: number;
  pageCount: number;
  actions: { id: string; number: string; title: string }[];
}

/**
 * The documents sent to the viewed companies, newest first, filtered by status, action and company (one of the
 * viewed set, else not found), a page at a time.
 */
export async function listCompanyDocuments({
  context,
  status,
  actionId,
  companyId,
  page = 1,
  now = new Date(),
}: {
  context: ContactContext;
  status?: DocumentStatus;
  actionId?: string;
  companyId?: string;
  page?: number;
  now?: Date;
}): Promise<CompanyDocumentList> {
  const scope = { ...viewedCompaniesScope(viewedCompanies(context, companyId) ?? notFound()), sentAt: { not: null } };
  const where = { ...scope, ...documentStatusWhere(status, now), ...(actionId ? { actionId } : {}) };
  const [rows, total, actionRows] = await Promise.all([
    db.document.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * DOCUMENTS_PAGE_SIZE,
      take: DOCUMENTS_PAGE_SIZE,
      select: {
        id: true,
        companyId: true,
        title: true,
        kind: true,
        sentAt: true,
        action: { select: { id: true, number: true, title: true } },
        signatureRequests: { take: 20, select: { status: true, expiresAt: true, signerContactId: true } },
      },
    }),
    db.document.count({ where }),
    db.document.findMany({
      where: { ...scope, actionId: { not: null } },
      distinct: ["actionId"],
      take: 200,
      select: { action: { select: { id: true, number: true, title: true } } },
    }),
  ]);
  return {
    documents: rows.map((row) => ({
      id: row.id,
      companyId: row.companyId,
      title: row.title,
      kind: row.kind,
      sentAt: row.sentAt,
      action: row.action,
      status: documentStatus(row.signatureRequests, now),
      toSignByMe: row.signatureRequests.some(
        (request) => request.signerContactId === context.contactId && documentStatus([request], now) === "to_sign",
      ),
    })),
    page,
    pageCount: Math.max(1, Math.ceil(total / DOCUMENTS_PAGE_SIZE)),
    actions: actionRows.flatMap((row) => (row.action ? [row.action] : [])).sort((a, b) => a.number.localeCompare(b.number)),
  };
}
