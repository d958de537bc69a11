"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { publicAction } from "../actions/define-action";
import { signIn } from "./auth";
import { loginSchema } from "./login-schema";

const FORM_ERRORS = new Set(["invalid_login", "login_rate_limited", "wrong_extranet"]);

export const logIn = publicAction(loginSchema, async ({ email, password }) => {
  try {
    // On success signIn redirects (it throws Next's redirect, which must propagate).
    await signIn("credentials", { email, password, redirectTo: "/" });
  } catch (error) {
    if (error instanceof CredentialsSignin && FORM_ERRORS.has(error.code)) return { status: "error", formError: error.code } as const;
    if (error instanceof AuthError) return { status: "error", formError: "invalid_login" } as const;
    throw error;
  }
});
