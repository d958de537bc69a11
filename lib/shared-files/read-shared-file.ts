import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import { getFileStorage } from "../storage/storage";
import type { StorageScope } from "./storage-scope";

/**
 * The bytes of one file of the company (a storage-space file or a ticket attachment), after the access
 * check; another company's or organisation's id answers not found.
 */
export async function readSharedFile({
  scope,
  fileId,
}: {
  scope: StorageScope;
  fileId: string;
}): Promise<{ name: string; mimeType: string; bytes: Uint8Array }> {
  const file = await db.storedFile.findFirst({
    where: { id: fileId, organizationId: scope.organizationId, companyId: scope.companyId },
    select: { name: true, mimeType: true, storageKey: true },
  });
  if (!file) notFound();
  const bytes = await getFileStorage().get(file.storageKey);
  if (!bytes) notFound();
  return { name: file.name, mimeType: file.mimeType, bytes };
}
