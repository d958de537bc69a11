import { z } from "zod";

/** A form's amount in euros ("1 200,50", "1200.5", "1 200 €") as cents, above zero; anything else is "amount_invalid". */
export const eurosField = z
  .string({ error: "amount_invalid" })
  .transform((value) => value.replace(/[\s\u00a0\u202f€]/g, "").replace(",", "."))
  .pipe(z.string().regex(/^\d{1,7}(\.\d{1,2})?$/, "amount_invalid"))
  .transform((value) => Math.round(Number(value) * 100))
  .refine((cents) => cents > 0, "amount_invalid");
