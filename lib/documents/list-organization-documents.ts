import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import type { DocumentKind } from "../generated/prisma/enums";
import { documentStatus, documentStatusWhere, type DocumentStatus } from "./document-status";

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

/** The organisation's documents, newest first (the latest 200), optionally for one company and status. */
export async function listOrganizationDocuments({
  staff,
  companyId,
  status,
}: {
  staff: StaffContext;
  companyId?: string;
  status?: DocumentStatus;
}): Promise<StaffDocumentItem[]> {
  const rows = await db.document.findMany({
    where: { organizationId: staff.organizationId, ...(companyId ? { companyId } : {}), ...documentStatusWhere(status) },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      title: true,
      kind: true,
      sentAt: true,
      createdAt: true,
      company: { select: { id: true, name: true } },
      action: { select: { number: true } },
      signatureRequests: { take: 20, select: { status: true } },
    },
  });
  return rows.map(({ signatureRequests, ...row }) => ({ ...row, status: documentStatus(signatureRequests) }));
}
