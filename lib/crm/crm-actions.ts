"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "../actions/define-action";
import { companySchema, contactSchema } from "./crm-schemas";
import { deleteContact } from "./delete-contact";
import { saveCompany } from "./save-company";
import { saveContact } from "./save-contact";

const optionalId = z
  .string()
  .max(40)
  .optional()
  .transform((value) => value || undefined);

export const saveCompanyAction = staffAction(companySchema.extend({ id: optionalId }), async ({ id, ...input }, staff) => {
  const result = await saveCompany({ staff, companyId: id, input });
  if (result.status === "invalid") return { status: "error", fieldErrors: { [result.field]: [result.error] } } as const;
  revalidatePath("/admin", "layout");
  if (!id) redirect(`/admin/entreprises/${result.id}`);
  return "saved";
});

export const saveContactAction = staffAction(contactSchema.extend({ id: optionalId }), async ({ id, ...input }, staff) => {
  const result = await saveContact({ staff, contactId: id, input });
  revalidatePath("/admin", "layout");
  const refusal = result.invitation?.status === "refused" ? result.invitation.reason : null;
  if (!id) redirect(`/admin/contacts/${result.id}?${refusal ? `refused=${refusal}` : result.invitation ? "invited=1" : "created=1"}`);
  if (refusal) return { status: "error", formError: refusal } as const;
  return result.invitation ? "saved_and_invited" : "saved";
});

export const deleteContactAction = staffAction(z.object({ contactId: z.string().min(1).max(40) }), async ({ contactId }, staff) => {
  const result = await deleteContact({ staff, contactId });
  if (result.status === "refused") return { status: "error", formError: result.reason } as const;
  revalidatePath("/admin", "layout");
  redirect("/admin/contacts?deleted=1");
});
