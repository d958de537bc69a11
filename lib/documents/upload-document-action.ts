"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "../actions/define-action";
import { db } from "../db";
import { MAX_PDF_BYTES, looksLikePdf } from "../signatures/signature-rules";
import { storeDocument } from "./store-document";

const schema = z.object({
  companyId: z.string().min(1, "required").max(40),
  actionId: z
    .string()
    .max(40)
    .optional()
    .transform((value) => value || null),
  title: z.string().trim().min(1, "required").max(200, "too_long"),
  file: z
    .instanceof(File, { error: "file_required" })
    .refine((file) => file.size > 0, "file_required")
    .refine((file) => file.size <= MAX_PDF_BYTES, "file_too_large"),
});

/** Staff upload any PDF for a company; the type is checked from the content (%PDF-), not the name. */
export const uploadDocument = staffAction<typeof schema, void>(schema, async ({ companyId, actionId, title, file }, staff) => {
  const [company, action] = await Promise.all([
    db.company.findFirst({ where: { id: companyId, organizationId: staff.organizationId }, select: { id: true } }),
    actionId ? db.trainingAction.findFirst({ where: { id: actionId, organizationId: staff.organizationId }, select: { id: true } }) : null,
  ]);
  if (!company || (actionId && !action)) return { status: "error", formError: "not_found" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!looksLikePdf(bytes)) return { status: "error", fieldErrors: { file: ["not_a_pdf"] } };

  const document = await db.$transaction((tx) =>
    storeDocument({
      tx,
      organizationId: staff.organizationId,
      companyId,
      actionId,
      kind: "OTHER",
      title,
      bytes,
      actorUserId: staff.user.id,
    }),
  );
  redirect(`/admin/documents/${document.id}`);
});
