"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { accountAction } from "../../actions/define-action";
import { db } from "../../db";
import { checkSecondFactor, disableTotp, enrolTotp } from "./totp-credential";
import { openTotpEnrolment } from "./totp-enrolment";

const code = z.string().trim().min(1, { error: "code_required" }).max(40, { error: "invalid_code" });

/** Confirms the scanned secret with a first code; answers the ten recovery codes, shown once. */
export const confirmTotpAction = accountAction(z.object({ enrolment: z.string().min(1).max(2000), code }), async (input, holder) => {
  const secret = openTotpEnrolment(input.enrolment, holder.user.id);
  if (!secret) return { status: "error", formError: "enrolment_expired" } as const;
  const codes = await enrolTotp({
    db,
    organizationId: holder.organizationId,
    userId: holder.user.id,
    secret,
    code: input.code.replace(/\s/g, ""),
  });
  if (!codes) return { status: "error", fieldErrors: { code: ["invalid_code"] } } as const;
  return { recoveryCodes: codes, continueTo: holder.accountPath };
});

/** Turns the second factor off with a current code (or a recovery code); refused where the rules require it. */
export const disableTotpAction = accountAction(z.object({ code }), async (input, holder) => {
  if (holder.twoFactorRequired) return { status: "error", formError: "totp_required" } as const;
  const check = await checkSecondFactor({ db, organizationId: holder.organizationId, userId: holder.user.id, code: input.code });
  if (check === "invalid") return { status: "error", fieldErrors: { code: ["invalid_code"] } } as const;
  await disableTotp({ db, organizationId: holder.organizationId, userId: holder.user.id });
  redirect(`${holder.accountPath}?totpOff=1`);
});
