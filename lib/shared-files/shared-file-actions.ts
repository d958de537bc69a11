"use server";

import { z } from "zod";
import { contactAction, staffAction } from "../actions/define-action";
import { contactStorageScope } from "./contact-storage-scope";
import { createSharedFolder, deleteSharedFile, renameSharedFile } from "./manage-shared-files";
import { resolveStaffCompany } from "./resolve-staff-company";

const id = z.string().trim().min(1).max(100);
const optionalId = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((value) => value || null);
const renameSchema = z.object({
  fileId: id,
  name: z.string().trim().min(1, { error: "name_required" }).max(150, { error: "name_too_long" }),
});
const deleteSchema = z.object({ fileId: id });
const folderSchema = z.object({
  parentId: optionalId,
  name: z.string().trim().min(1, { error: "name_required" }).max(100, { error: "name_too_long" }),
});
const withCompany = { companyId: id };

export const renameFileAction = contactAction("storage", renameSchema, async (input, context) =>
  renameSharedFile({ scope: contactStorageScope(context), ...input }),
);
export const deleteFileAction = contactAction("storage", deleteSchema, async (input, context) =>
  deleteSharedFile({ scope: contactStorageScope(context), ...input }),
);
export const createFolderAction = contactAction("storage", folderSchema, async (input, context) => {
  const result = await createSharedFolder({ scope: contactStorageScope(context), ...input });
  return "error" in result ? { status: "error" as const, fieldErrors: { name: [result.error] } } : result;
});

export const staffRenameFileAction = staffAction(renameSchema.extend(withCompany), async ({ companyId, ...input }, staff) =>
  renameSharedFile({ scope: await resolveStaffCompany({ staff, companyId }), ...input }),
);
export const staffDeleteFileAction = staffAction(deleteSchema.extend(withCompany), async ({ companyId, ...input }, staff) =>
  deleteSharedFile({ scope: await resolveStaffCompany({ staff, companyId }), ...input }),
);
export const staffCreateFolderAction = staffAction(folderSchema.extend(withCompany), async ({ companyId, ...input }, staff) => {
  const result = await createSharedFolder({ scope: await resolveStaffCompany({ staff, companyId }), ...input });
  return "error" in result ? { status: "error" as const, fieldErrors: { name: [result.error] } } : result;
});
