import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import type { UploaderSide } from "../generated/prisma/enums";
import { sharedFileLimits } from "./limits";
import type { StorageScope } from "./storage-scope";

export interface SharedFolderDto {
  id: string;
  name: string;
  createdAt: Date;
}

export interface SharedFileDto {
  id: string;
  name: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: Date;
  uploadedBy: string;
  uploadedBySide: UploaderSide;
  /** The viewer may rename and delete it: their own file, or any file for staff. */
  canManage: boolean;
}

export interface SharedFilesView {
  folder: { id: string; name: string; parentId: string | null } | null;
  folders: SharedFolderDto[];
  files: SharedFileDto[];
  usedBytes: number;
  quotaBytes: number;
  maxFileBytes: number;
}

const PAGE = 500;

/** A folder of the company's storage space (its root when folderId is null) with its folders and files. */
export async function listSharedFiles({ scope, folderId }: { scope: StorageScope; folderId: string | null }): Promise<SharedFilesView> {
  const where = { organizationId: scope.organizationId, companyId: scope.companyId };
  const folder = folderId
    ? await db.fileFolder.findFirst({ where: { id: folderId, ...where }, select: { id: true, name: true, parentId: true } })
    : null;
  if (folderId && !folder) notFound();

  const [folders, files, used] = await Promise.all([
    db.fileFolder.findMany({
      where: { ...where, parentId: folderId },
      select: { id: true, name: true, createdAt: true },
      orderBy: { name: "asc" },
      take: PAGE,
    }),
    db.storedFile.findMany({
      where: { ...where, folderId, ticketMessageId: null },
      select: { id: true, name: true, mimeType: true, sizeBytes: true, createdAt: true, uploadedByUserId: true, uploadedBySide: true },
      orderBy: { createdAt: "desc" },
      take: PAGE,
    }),
    db.storedFile.aggregate({ where, _sum: { sizeBytes: true } }),
  ]);
  const userIds = [...new Set(files.map((file) => file.uploadedByUserId).filter((id): id is string => Boolean(id)))];
  const users = userIds.length
    ? await db.user.findMany({
        where: { organizationId: scope.organizationId, id: { in: userIds } },
        select: { id: true, firstName: true, lastName: true },
        take: userIds.length,
      })
    : [];
  const names = new Map(users.map((user) => [user.id, `${user.firstName} ${user.lastName}`]));
  const limits = sharedFileLimits();

  return {
    folder,
    folders,
    files: files.map((file) => ({
      id: file.id,
      name: file.name,
      mimeType: file.mimeType,
      sizeBytes: file.sizeBytes,
      createdAt: file.createdAt,
      uploadedBy: (file.uploadedByUserId && names.get(file.uploadedByUserId)) || "—",
      uploadedBySide: file.uploadedBySide,
      canManage: scope.side === "STAFF" || file.uploadedByUserId === scope.userId,
    })),
    usedBytes: used._sum.sizeBytes ?? 0,
    quotaBytes: limits.quotaBytes,
    maxFileBytes: limits.maxFileBytes,
  };
}
