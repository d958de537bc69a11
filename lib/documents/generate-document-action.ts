"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "../actions/define-action";
import { getBrand } from "../branding/get-brand";
import { db } from "../db";
import { DOCUMENT_TITLES, GENERATED_KINDS, PER_PARTICIPANT_KINDS } from "./document-kinds";
import { loadDocumentData } from "./load-document-data";
import { renderDocument } from "./render-document";
import { storeDocument } from "./store-document";

const schema = z.object({
  actionId: z.string().min(1, "required").max(40),
  companyId: z.string().min(1, "required").max(40),
  kind: z.enum(GENERATED_KINDS, { error: "required" }),
  participantId: z
    .string()
    .max(40)
    .optional()
    .transform((value) => value || null),
});

/** Staff generate a document of an action for a company (and a participant where the kind needs one). */
export const generateDocument = staffAction<typeof schema, void>(schema, async ({ actionId, companyId, kind, participantId }, staff) => {
  const perParticipant = PER_PARTICIPANT_KINDS.includes(kind);
  if (perParticipant && !participantId) return { status: "error", fieldErrors: { participantId: ["participant_required"] } };
  const data = await loadDocumentData({
    organizationId: staff.organizationId,
    actionId,
    companyId,
    participantId: perParticipant ? participantId : null,
  });
  if (!data) return { status: "error", formError: "not_found" };

  const brand = await getBrand({ db, organizationId: staff.organizationId, companyId });
  const createdAt = new Date();
  const bytes = await renderDocument({ kind, brand, data, createdAt });
  const suffix = perParticipant ? data.participant!.name : kind === "PROGRAMME" ? data.action.title : data.action.number;
  const document = await db.$transaction((tx) =>
    storeDocument({
      tx,
      organizationId: staff.organizationId,
      companyId,
      actionId,
      participantId: perParticipant ? participantId : null,
      kind,
      title: `${DOCUMENT_TITLES[kind]} — ${suffix}`,
      bytes,
      actorUserId: staff.user.id,
    }),
  );
  redirect(`/admin/documents/${document.id}`);
});
