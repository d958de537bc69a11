"use server";

import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { publicAction } from "../actions/define-action";
import { db } from "../db";
import { lookupSite } from "../tenancy/cached-site-lookup";
import { SITE_HOST_HEADER } from "../tenancy/site-headers";
import { signIn } from "./auth";
import { clientIp } from "./client-ip";
import { isLoginRateLimited } from "./login-rate-limit";
import { loginSchema } from "./login-schema";

export const logIn = publicAction(loginSchema, async ({ email, password }) => {
  const requestHeaders = await headers();
  const hostname = requestHeaders.get(SITE_HOST_HEADER);
  const site = hostname ? await lookupSite(hostname) : null;
  // Checked here too (authenticate refuses as well) so the form can say why.
  if (site && (await isLoginRateLimited({ db, organizationId: site.organization.id, email, ip: clientIp(requestHeaders) }))) {
    return { status: "error", formError: "login_rate_limited" } as const;
  }
  try {
    // On success signIn redirects (it throws Next's redirect, which must propagate).
    await signIn("credentials", { email, password, redirectTo: "/" });
  } catch (error) {
    if (error instanceof AuthError) return { status: "error", formError: "invalid_login" } as const;
    throw error;
  }
});
