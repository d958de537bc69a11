"use server";

import { AuthError } from "next-auth";
import { publicAction } from "../actions/define-action";
import { signIn } from "./auth";
import { loginSchema } from "./login-schema";

export const logIn = publicAction(loginSchema, async ({ email, password }) => {
  try {
    // On success signIn redirects (it throws Next's redirect, which must propagate).
    await signIn("credentials", { email, password, redirectTo: "/" });
  } catch (error) {
    if (error instanceof AuthError) return { status: "error", formError: "invalid_login" } as const;
    throw error;
  }
});
