import { z } from "zod";

export const loginSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "invalid_email" })),
  password: z.string().min(1, { error: "password_required" }).max(200),
});
