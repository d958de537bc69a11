import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import { getFileStorage } from "../storage/storage";
import { sanitizeFileName } from "./sanitize-file-name";
import { extensionOf } from "./sniff-file-type";
import type { StorageScope } from "./storage-scope";

/** A storage-space file the viewer may manage: their own, or any file of the company for staff. */
async function findManageableFile(scope: StorageScope, fileId: string) {
  const file = await db.storedFile.findFirst({
    where: {
      id: fileId,
      organizationId: scope.organizationId,
      companyId: scope.companyId,
      ticketMessageId: null,
      ...(scope.side === "STAFF" ? {} : { uploadedByUserId: scope.userId }),
    },
    select: { id: true, name: true, storageKey: true, sizeBytes: true },
  });
  if (!file) notFound();
  return file;
}

/** Renames a file; the extension stays the one its content was checked against. */
export async function renameSharedFile({
  scope,
  fileId,
  name,
}: {
  scope: StorageScope;
  fileId: string;
  name: string;
}): Promise<{ name: string }> {
  const file = await findManageableFile(scope, fileId);
  const extension = extensionOf(file.name);
  let next = sanitizeFileName(name, file.name);
  if (extension && extensionOf(next) !== extension) next = sanitizeFileName(`${next}.${extension}`);
  await db.$transaction(async (tx) => {
    await tx.storedFile.update({ where: { id: file.id }, data: { name: next } });
    await tx.auditEvent.create({
      data: {
        organizationId: scope.organizationId,
        companyId: scope.companyId,
        actorUserId: scope.userId,
        action: "file.renamed",
        targetType: "StoredFile",
        targetId: file.id,
        metadata: { from: file.name, to: next },
      },
    });
  });
  return { name: next };
}

/** Deletes a file: the row and its audit event in one transaction, then the object. */
export async function deleteSharedFile({ scope, fileId }: { scope: StorageScope; fileId: string }): Promise<void> {
  const file = await findManageableFile(scope, fileId);
  await db.$transaction(async (tx) => {
    await tx.storedFile.delete({ where: { id: file.id } });
    await tx.auditEvent.create({
      data: {
        organizationId: scope.organizationId,
        companyId: scope.companyId,
        actorUserId: scope.userId,
        action: "file.deleted",
        targetType: "StoredFile",
        targetId: file.id,
        metadata: { name: file.name, sizeBytes: file.sizeBytes, side: scope.side },
      },
    });
  });
  await getFileStorage()
    .delete(file.storageKey)
    .catch((error: unknown) => console.error("[storage] orphan object left after delete", file.storageKey, error));
}

export type CreateFolderResult = { id: string } | { error: "folder_exists" };

/** A folder in the company's space (at the root or under one of its folders). */
export async function createSharedFolder({
  scope,
  parentId,
  name,
}: {
  scope: StorageScope;
  parentId: string | null;
  name: string;
}): Promise<CreateFolderResult> {
  const where = { organizationId: scope.organizationId, companyId: scope.companyId };
  if (parentId && !(await db.fileFolder.findFirst({ where: { id: parentId, ...where }, select: { id: true } }))) notFound();
  const folderName = sanitizeFileName(name, "Nouveau dossier").slice(0, 100);
  if (await db.fileFolder.findFirst({ where: { ...where, parentId, name: folderName }, select: { id: true } }))
    return { error: "folder_exists" };
  return db.$transaction(async (tx) => {
    const folder = await tx.fileFolder.create({ data: { ...where, parentId, name: folderName }, select: { id: true } });
    await tx.auditEvent.create({
      data: {
        ...where,
        actorUserId: scope.userId,
        action: "folder.created",
        targetType: "FileFolder",
        targetId: folder.id,
        metadata: { name: folderName },
      },
    });
    return folder;
  });
}
