import "server-only";
import { randomUUID } from "node:crypto";
import type { TransactionClient } from "../db/create-prisma-client";
import type { DocumentKind } from "../generated/prisma/enums";
import { sha256Hex } from "../signatures/signature-rules";
import { getFileStorage } from "../storage/storage";
import { documentStorageKey } from "./document-kinds";

export interface StoreDocumentOptions {
  tx: TransactionClient;
  organizationId: string;
  companyId: string;
  actionId?: string | null;
  participantId?: string | null;
  kind: DocumentKind;
  title: string;
  bytes: Uint8Array;
  actorUserId: string;
}

/** Writes the PDF to the storage and its row (with size and SHA-256), plus the audit event. */
export async function storeDocument({
  tx,
  organizationId,
  companyId,
  actionId,
  participantId,
  kind,
  title,
  bytes,
  actorUserId,
}: StoreDocumentOptions): Promise<{ id: string }> {
  const fileId = randomUUID();
  const storageKey = documentStorageKey(organizationId, companyId, `${fileId}.pdf`);
  await getFileStorage().put(storageKey, bytes, "application/pdf");
  const document = await tx.document.create({
    data: {
      organizationId,
      companyId,
      actionId: actionId ?? null,
      participantId: participantId ?? null,
      kind,
      title: title.slice(0, 200),
      storageKey,
      sizeBytes: bytes.byteLength,
      sha256: sha256Hex(bytes),
    },
    select: { id: true },
  });
  await tx.auditEvent.create({
    data: {
      organizationId,
      companyId,
      actorUserId,
      action: kind === "OTHER" ? "document.uploaded" : "document.generated",
      targetType: "Document",
      targetId: document.id,
      metadata: { kind },
    },
  });
  return document;
}
