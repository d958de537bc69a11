import "server-only";
import { randomUUID } from "node:crypto";
import { createHash } from "node:crypto";
import { db } from "../db";
import type { UploaderSide } from "../generated/prisma/enums";
import { getFileStorage, type FileStorage } from "../storage/storage";
import { sharedFileLimits } from "./limits";
import { sanitizeFileName } from "./sanitize-file-name";
import { extensionOf, sniffFileType } from "./sniff-file-type";
import { notifySharedFileUploaded } from "./notify-shared-file-uploaded";

export type UploadRejection = "empty" | "too_large" | "quota_exceeded" | "type_not_allowed" | "type_mismatch" | "folder_not_found";

export class UploadRejectedError extends Error {
  constructor(public readonly code: UploadRejection) {
    super(`Upload refused: ${code}`);
    this.name = "UploadRejectedError";
  }
}

export interface UploadSharedFileOptions {
  /** Both come from the caller's context (the contact's session, or a company staff resolved in their organisation). */
  organizationId: string;
  companyId: string;
  folderId: string | null;
  /** A ticket attachment instead of a file of the storage space (already checked to belong to this company). */
  ticketMessageId?: string | null;
  side: UploaderSide;
  userId: string;
  fileName: string;
  bytes: Uint8Array;
  storage?: FileStorage;
  /** Notify the organisation when a company uploads (the storage space); tickets send their own email. */
  notify?: boolean;
}

export interface UploadedFile {
  id: string;
  name: string;
  mimeType: string;
  sizeBytes: number;
}

/**
 * Stores one file for a company: checks size, type (from the content) and the company's quota, writes the
 * object first, then the row, the audit event and the notification in one transaction; if that transaction
 * fails the object is deleted, so a failed upload leaves nothing behind.
 */
export async function uploadSharedFile(options: UploadSharedFileOptions): Promise<UploadedFile> {
  const { organizationId, companyId, folderId, side, userId, bytes, storage = getFileStorage() } = options;
  const limits = sharedFileLimits();
  const name = sanitizeFileName(options.fileName);
  if (bytes.byteLength === 0) throw new UploadRejectedError("empty");
  if (bytes.byteLength > limits.maxFileBytes) throw new UploadRejectedError("too_large");
  const type = sniffFileType(bytes, name);
  if (!type) throw new UploadRejectedError("type_not_allowed");
  if (!type.extensions.includes(extensionOf(name))) throw new UploadRejectedError("type_mismatch");

  const scope = { organizationId, companyId };
  if (folderId && !(await db.fileFolder.findFirst({ where: { id: folderId, ...scope }, select: { id: true } }))) {
    throw new UploadRejectedError("folder_not_found");
  }
  const used = await db.storedFile.aggregate({ where: scope, _sum: { sizeBytes: true } });
  if ((used._sum.sizeBytes ?? 0) + bytes.byteLength > limits.quotaBytes) throw new UploadRejectedError("quota_exceeded");

  const id = randomUUID();
  const storageKey = `organizations/${organizationId}/companies/${companyId}/files/${id}`;
  await storage.put(storageKey, bytes, type.mimeType);
  try {
    const file = await db.$transaction(async (tx) => {
      // One upload at a time per company, so two concurrent uploads cannot both pass the quota.
      await tx.$queryRaw`SELECT id FROM "Company" WHERE id = ${companyId} AND "organizationId" = ${organizationId} FOR UPDATE`;
      const total = await tx.storedFile.aggregate({ where: scope, _sum: { sizeBytes: true } });
      if ((total._sum.sizeBytes ?? 0) + bytes.byteLength > limits.quotaBytes) throw new UploadRejectedError("quota_exceeded");
      const created = await tx.storedFile.create({
        data: {
          ...scope,
          folderId: options.ticketMessageId ? null : folderId,
          ticketMessageId: options.ticketMessageId ?? null,
          name,
          storageKey,
          mimeType: type.mimeType,
          sizeBytes: bytes.byteLength,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          uploadedByUserId: userId,
          uploadedBySide: side,
        },
        select: { id: true, name: true, mimeType: true, sizeBytes: true, company: { select: { name: true } } },
      });
      await tx.auditEvent.create({
        data: {
          organizationId,
          companyId,
          actorUserId: userId,
          action: options.ticketMessageId ? "ticket.attachment_uploaded" : "file.uploaded",
          targetType: "StoredFile",
          targetId: created.id,
          metadata: { name, sizeBytes: bytes.byteLength, mimeType: type.mimeType, side },
        },
      });
      if (side === "COMPANY" && options.notify !== false && !options.ticketMessageId) {
        await notifySharedFileUploaded({
          tx,
          organizationId,
          company: { id: companyId, name: created.company.name },
          file: { name, sizeBytes: bytes.byteLength },
        });
      }
      return created;
    });
    return { id: file.id, name: file.name, mimeType: file.mimeType, sizeBytes: file.sizeBytes };
  } catch (error) {
    await storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
}
