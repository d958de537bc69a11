import { z } from "zod";
import { CONTACT_ROLES } from "../tenancy/contact-permissions";

const id = z.string().trim().min(1).max(40);
export const roleField = z.enum(CONTACT_ROLES, { error: "role_required" });

export const inviteColleagueSchema = z.object({ contactId: z.string().trim().min(1, { error: "required" }).max(40), role: roleField });
export const changeRoleSchema = z.object({ accessId: id, role: roleField });
export const accessSchema = z.object({ accessId: id });
export const assignmentSchema = z.object({ accessId: id, participantId: z.string().trim().min(1, { error: "required" }).max(40) });
export const requestColleagueSchema = z.object({
  firstName: z.string().trim().min(1, { error: "required" }).max(100, { error: "too_long" }),
  lastName: z.string().trim().min(1, { error: "required" }).max(100, { error: "too_long" }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(200, { error: "too_long" })
    .pipe(z.email({ error: "invalid_email" })),
  jobTitle: z.string().trim().max(100, { error: "too_long" }).optional(),
  role: roleField,
});
