"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { publicAction } from "../../actions/define-action";
import { db } from "../../db";
import { clientIp } from "../../http/trusted-proxy";
import { mayTriggerEmail } from "../../rate-limit/may-trigger-email";
import { getCurrentSite } from "../../tenancy/get-current-site";
import { signInWith } from "../sign-in-with";
import { requestSignInLink } from "./request-sign-in-link";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "invalid_email" }));

/**
 * Always answers the same, whether or not the address is a contact who may sign in here (no account
 * probing), and whether or not the address or this client asked too often (then nothing is sent).
 */
export const requestSignInLinkAction = publicAction(z.object({ email }), async ({ email }) => {
  const site = await getCurrentSite();
  const ip = clientIp(await headers());
  if (await mayTriggerEmail({ db, trigger: "sign-in-link", organizationId: site.organization.id, recipient: email, ip }))
    await requestSignInLink({ db, site, email });
  return "sign_in_link_sent";
});

/** Spends the link with a click on its page (a POST: mail scanners that open links spend nothing). */
export const spendSignInLinkAction = publicAction(z.object({ token: z.string().min(1).max(200) }), ({ token }) =>
  signInWith({ linkToken: token }),
);
