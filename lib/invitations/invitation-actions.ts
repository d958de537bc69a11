"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { publicAction, staffAction } from "../actions/define-action";
import { newPasswordSchema } from "../accounts/new-password-schema";
import { revokeAccess } from "../accounts/revoke-access";
import { signInWith } from "../auth/sign-in-with";
import { clientIp } from "../http/trusted-proxy";
import { db } from "../db";
import { getCurrentSite } from "../tenancy/get-current-site";
import { acceptInvitation } from "./accept-invitation";
import { sendInvitation } from "./send-invitation";

const contactIdSchema = z.object({ contactId: z.string().min(1).max(40) });

/** The envelope button: sends (or re-sends) the contact's invitation. */
export const sendInvitationAction = staffAction(contactIdSchema, async ({ contactId }, staff) => {
  const result = await sendInvitation({ staff, contactId });
  revalidatePath("/admin", "layout");
  if (result.status === "refused") return { status: "error", formError: result.reason } as const;
  return "invitation_sent";
});

/** The green button: cuts an active (or pending) access. */
export const revokeAccessAction = staffAction(contactIdSchema, async ({ contactId }, staff) => {
  await revokeAccess({ staff, contactId });
  revalidatePath("/admin", "layout");
  return "access_revoked";
});

const acceptSchema = z
  .object({ token: z.string().min(1).max(200), password: newPasswordSchema, confirm: z.string().max(200) })
  .refine((input) => input.password === input.confirm, { error: "password_mismatch", path: ["confirm"] });

/** Sets the password, activates the access, signs the contact in and lands in the extranet. */
export const acceptInvitationAction = publicAction(acceptSchema, async ({ token, password }) => {
  const site = await getCurrentSite();
  const accepted = await acceptInvitation({ db, site, token, password, ip: clientIp(await headers()) });
  if (!accepted) return { status: "error", formError: "invitation_invalid" } as const;
  // A re-invited account that kept its second factor goes on to the code step, as at any sign-in.
  const refused = await signInWith({ email: accepted.email, password });
  if (refused) return { status: "error", formError: "invitation_invalid" } as const;
});
