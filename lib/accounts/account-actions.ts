"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { contactAction, publicAction } from "../actions/define-action";
import { signInWith } from "../auth/sign-in-with";
import { clearAccountLoginLimits } from "../auth/login-rate-limit";
import { db } from "../db";
import { clientIp } from "../http/trusted-proxy";
import { mayTriggerEmail } from "../rate-limit/may-trigger-email";
import { getCurrentSite } from "../tenancy/get-current-site";
import { changePassword } from "./change-password";
import { confirmEmailChange } from "./confirm-email-change";
import { newPasswordSchema } from "./new-password-schema";
import { requestEmailChange } from "./request-email-change";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "invalid_email" }));

/** Signs in with the new password (an account with a second factor goes on to the code step). */
async function signInAgain(login: string, password: string, redirectTo: string) {
  const refused = await signInWith({ email: login, password }, redirectTo);
  if (refused) return { status: "error", formError: "link_invalid" } as const;
}

/**
 * Always answers the same, whether or not the address is an account (no account probing), and whether or
 * not the address or this client asked too often (then nothing is sent).
 */
export const requestPasswordResetAction = publicAction(z.object({ email }), async ({ email }) => {
  const site = await getCurrentSite();
  const ip = clientIp(await headers());
  if (!(await mayTriggerEmail({ db, trigger: "password-reset", organizationId: site.organization.id, recipient: email, ip })))
    return "reset_requested";
  await requestPasswordReset({ db, site, email });
  return "reset_requested";
});

const newPasswordForm = z
  .object({ password: newPasswordSchema, confirm: z.string().max(200) })
  .refine((input) => input.password === input.confirm, { error: "password_mismatch", path: ["confirm"] });

export const resetPasswordAction = publicAction(
  newPasswordForm.and(z.object({ token: z.string().min(1).max(200) })),
  async ({ token, password }) => {
    const site = await getCurrentSite();
    const reset = await resetPassword({ db, site, token, password });
    if (!reset) return { status: "error", formError: "link_invalid" } as const;
    // The link proved the holder: a lock-out from someone else's wrong guesses ends here.
    const ip = clientIp(await headers());
    await clearAccountLoginLimits({ db, organizationId: site.organization.id, email: reset.email, ip });
    return signInAgain(reset.email, password, "/");
  },
);

export const changePasswordAction = contactAction(
  "account",
  newPasswordForm.and(z.object({ currentPassword: z.string().min(1, { error: "required" }).max(200) })),
  async ({ currentPassword, password }, context) => {
    const result = await changePassword({
      db,
      organizationId: context.organizationId,
      userId: context.user.id,
      currentPassword,
      newPassword: password,
    });
    if (result.status === "wrong_password") return { status: "error", fieldErrors: { currentPassword: ["wrong_password"] } } as const;
    // Other sessions end (session version); this one signs in again with the new password.
    return signInAgain(result.email, password, "/compte?password=1");
  },
);

export const requestEmailChangeAction = contactAction(
  "account",
  z.object({ newEmail: email, currentPassword: z.string().min(1, { error: "required" }).max(200) }),
  async ({ newEmail, currentPassword }, context) => {
    const ip = clientIp(await headers());
    const organizationId = context.organizationId;
    if (!(await mayTriggerEmail({ db, trigger: "email-change", organizationId, recipient: newEmail, ip })))
      return { status: "error", formError: "too_many_requests" } as const;
    const result = await requestEmailChange({
      db,
      site: context.site,
      userId: context.user.id,
      newEmail,
      password: currentPassword,
    });
    if (result.status === "wrong_password") return { status: "error", fieldErrors: { currentPassword: ["wrong_password"] } } as const;
    if (result.status !== "sent") return { status: "error", fieldErrors: { newEmail: [result.status] } } as const;
    return "email_change_sent";
  },
);

export const confirmEmailChangeAction = publicAction(z.object({ token: z.string().min(1).max(200) }), async ({ token }) => {
  const result = await confirmEmailChange({ db, site: await getCurrentSite(), token });
  if (result.status !== "changed")
    return { status: "error", formError: result.status === "invalid" ? "link_invalid" : "email_in_use" } as const;
  revalidatePath("/compte");
  return "email_changed";
});
