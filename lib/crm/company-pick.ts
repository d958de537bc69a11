import { z } from "zod";

/** What a company picker submits when its text names no company of the list: refused, never read as "none". */
export const UNMATCHED_COMPANY = "-";

/** A company picked in a staff form (components/admin/company-picker.tsx): an id, nothing, or a refusal next to the field. */
export const pickedCompanyField = z
  .string()
  .trim()
  .max(40)
  .optional()
  .refine((value) => value !== UNMATCHED_COMPANY, { error: "choose_from_list" })
  .transform((value) => (value ? value : null));
