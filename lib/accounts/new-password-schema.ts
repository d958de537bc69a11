import { z } from "zod";
import { isStrongPassword } from "./password-policy";

/** A new password as the forms accept it: every rule of the policy met. */
export const newPasswordSchema = z.string().max(200, { error: "password_weak" }).refine(isStrongPassword, { error: "password_weak" });
