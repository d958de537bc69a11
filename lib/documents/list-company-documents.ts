import "server-only";
import type { ContactContext } from "../auth/require-contact";
import { db } from "../db";
import type { DocumentKind } from "../generated/prisma/enums";
import { companyScope } from "../tenancy/company-scope";
import { documentStatus, documentStatusWhere, type DocumentStatus } from "./document-status";

export interface CompanyDocumentItem {
  id: string;
  title: string;
  kind: DocumentKind;
  status: DocumentStatus;
  action: { id: string; number: string; title: string } | null;
  sentAt: Date | null;
  /** This contact is the named signer of a waiting request. */
  toSignByMe: boolean;
}

export interface CompanyDocumentList {
  documents: CompanyDocumentItem[];
  actions: { id: string; number: string; title: string }[];
}

/** The documents sent to the company the session shows, newest first, filtered by status and action. */
export async function listCompanyDocuments({
  context,
  status,
  actionId,
}: {
  context: ContactContext;
  status?: DocumentStatus;
  actionId?: string;
}): Promise<CompanyDocumentList> {
  const scope = { ...companyScope(context), sentAt: { not: null } };
  const [rows, actionRows] = await Promise.all([
    db.document.findMany({
      where: { ...scope, ...documentStatusWhere(status), ...(actionId ? { actionId } : {}) },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: {
        id: true,
        title: true,
        kind: true,
        sentAt: true,
        action: { select: { id: true, number: true, title: true } },
        signatureRequests: { take: 20, select: { status: true, signerContactId: true } },
      },
    }),
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
      title: row.title,
      kind: row.kind,
      sentAt: row.sentAt,
      action: row.action,
      status: documentStatus(row.signatureRequests),
      toSignByMe: row.signatureRequests.some(
        (request) => request.signerContactId === context.contactId && (request.status === "PENDING" || request.status === "VIEWED"),
      ),
    })),
    actions: actionRows.flatMap((row) => (row.action ? [row.action] : [])).sort((a, b) => a.number.localeCompare(b.number)),
  };
}
