"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "../actions/define-action";
import { retryEmail } from "./retry-email";

export const retryEmailAction = staffAction(z.object({ emailId: z.string().min(1).max(40) }), async ({ emailId }, staff) => {
  const { requeued } = await retryEmail({ staff, emailId });
  if (!requeued) return { status: "error", formError: "not_failed" } as const;
  revalidatePath("/admin/emails", "layout");
  return "email_requeued";
});
