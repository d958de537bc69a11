import { z } from "zod";
import { roleField } from "../team/team-schemas";
import { UNMATCHED_COMPANY } from "./unmatched-company";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "too_long" })
    .optional()
    .transform((value) => (value ? value : null));
const optionalId = z
  .string()
  .trim()
  .max(40)
  .optional()
  .transform((value) => (value ? value : null));
/** A company picked in a staff form (components/admin/company-picker.tsx): an id, nothing, or a refusal next to the field. */
const pickedCompanyField = z
  .string()
  .trim()
  .max(40)
  .optional()
  .refine((value) => value !== UNMATCHED_COMPANY, { error: "choose_from_list" })
  .transform((value) => (value ? value : null));
const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true");

export const companySchema = z.object({
  name: z.string().trim().min(1, { error: "required" }).max(200, { error: "too_long" }),
  centreId: optionalId,
  parentId: pickedCompanyField,
  isIndividual: checkbox,
  siret: optionalText(20).refine((value) => !value || /^\d{14}$/.test(value.replace(/\s/g, "")), { error: "invalid_siret" }),
  email: optionalText(200).refine((value) => !value || z.email().safeParse(value).success, { error: "invalid_email" }),
  phone: optionalText(40),
  city: optionalText(100),
});
export type CompanyInput = z.output<typeof companySchema>;

export const contactSchema = z.object({
  companyId: pickedCompanyField.pipe(z.string({ error: "required" })),
  civility: z
    .enum(["MR", "MRS", ""])
    .optional()
    .transform((value) => (value ? value : null)),
  firstName: z.string().trim().min(1, { error: "required" }).max(100, { error: "too_long" }),
  lastName: z.string().trim().min(1, { error: "required" }).max(100, { error: "too_long" }),
  email: optionalText(200)
    .transform((value) => value?.toLowerCase() ?? null)
    .refine((value) => !value || z.email().safeParse(value).success, { error: "invalid_email" }),
  phone: optionalText(40),
  jobTitle: optionalText(100),
  invite: checkbox,
  /** The role the invitation gives (lib/tenancy/contact-permissions.ts). */
  role: roleField.optional(),
});
export type ContactInput = z.output<typeof contactSchema>;

export const PAGE_SIZE = 20;

export function pageParams(page: number | undefined) {
  const current = Math.max(1, Math.floor(Number.isFinite(page) ? (page as number) : 1));
  return { page: current, skip: (current - 1) * PAGE_SIZE, take: PAGE_SIZE };
}
