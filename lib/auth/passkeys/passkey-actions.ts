"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { accountAction, publicAction } from "../../actions/define-action";
import { db } from "../../db";
import { signInWith } from "../sign-in-with";
import { passkeyRegistrationOptions, registerPasskey } from "./register-passkey";
import { relyingPartyOf } from "./relying-party";
import { passkeySignInOptions } from "./sign-in-with-passkey";

const browserAnswer = z.string().min(2).max(20_000);
const noInput = z.object({});

function parseAnswer(text: string) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Step 1 of adding a passkey: the creation options, as JSON, for this host and the signed-in user. */
export const passkeyRegistrationOptionsAction = accountAction<typeof noInput, string>(noInput, async (_input, holder) => {
  const relyingParty = relyingPartyOf(await headers());
  if (!relyingParty) return { status: "error", formError: "passkey_invalid" } as const;
  const options = await passkeyRegistrationOptions({ db, owner: { ...holder, siteName: holder.site.branding.name }, relyingParty });
  return JSON.stringify(options);
});

/** Step 2: the browser's new credential, checked and kept under the name the user gave it. */
export const registerPasskeyAction = accountAction(
  z.object({ name: z.string().trim().min(1, "passkey_name_required").max(60, "passkey_name_too_long"), response: browserAnswer }),
  async ({ name, response }, holder) => {
    const relyingParty = relyingPartyOf(await headers());
    const answer = parseAnswer(response);
    if (!relyingParty || !answer) return { status: "error", formError: "passkey_invalid" } as const;
    const result = await registerPasskey({ db, owner: holder, relyingParty, response: answer, name });
    if (result.status !== "ok")
      return { status: "error", formError: result.status === "too_many" ? "passkey_too_many" : "passkey_invalid" } as const;
    revalidatePath(holder.accountPath);
    return "passkey_added";
  },
);

/** Removes one of the signed-in user's own passkeys; anyone else's id is not found. */
export const removePasskeyAction = accountAction(z.object({ passkeyId: z.string().min(1).max(40) }), async ({ passkeyId }, holder) => {
  const { count } = await db.passkey.deleteMany({
    where: { id: passkeyId, organizationId: holder.organizationId, userId: holder.user.id },
  });
  if (count === 0) return { status: "error", formError: "passkey_not_found" } as const;
  await db.auditEvent.create({
    data: {
      organizationId: holder.organizationId,
      actorUserId: holder.user.id,
      action: "auth.passkey_removed",
      targetType: "Passkey",
      targetId: passkeyId,
    },
  });
  revalidatePath(holder.accountPath);
  return "passkey_removed";
});

/** Step 1 of a passkey sign-in on /login: the request options, as JSON, for this host. */
export const passkeySignInOptionsAction = publicAction<typeof noInput, string>(noInput, async () => {
  const relyingParty = relyingPartyOf(await headers());
  const options = relyingParty ? await passkeySignInOptions({ db, relyingParty }) : null;
  if (!options) return { status: "error", formError: "passkey_invalid" } as const;
  return JSON.stringify(options);
});

/** Step 2: the browser's signed answer, through Auth.js (lib/auth/auth.ts checks it and opens the session). */
export const logInWithPasskey = publicAction(z.object({ passkey: browserAnswer }), ({ passkey }) => signInWith({ passkey }));
