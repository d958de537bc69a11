import "server-only";
import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "./auth";

const FORM_ERRORS = new Set([
  "invalid_login",
  "login_rate_limited",
  "wrong_extranet",
  "invalid_code",
  "pending_expired",
  "link_invalid",
  "passkey_invalid",
]);

/**
 * Auth.js' credentials sign-in with `fields`; on success it redirects (Next's redirect, which must propagate).
 * A right password of an account with a second factor goes on to the code step; a refusal is a form error.
 */
export async function signInWith(fields: Record<string, string>, redirectTo = "/") {
  try {
    await signIn("credentials", { ...fields, redirectTo });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "second_factor") redirect("/login/code");
    if (error instanceof CredentialsSignin && FORM_ERRORS.has(error.code)) return { status: "error", formError: error.code } as const;
    if (error instanceof AuthError) return { status: "error", formError: "invalid_login" } as const;
    throw error;
  }
}
