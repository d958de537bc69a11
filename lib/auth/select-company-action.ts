"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { contactAction } from "../actions/define-action";
import { GROUP_VIEW_CHOICE } from "./group-view-choice";
import { SELECTED_COMPANY_COOKIE } from "./require-contact";

export const selectCompany = contactAction("companies", z.object({ companyId: z.string().min(1) }), async ({ companyId }, context) => {
  // "Tout le groupe" only for a contact with subsidiaries; a company id only among the contact's companies.
  const known =
    companyId === GROUP_VIEW_CHOICE ? context.companies.length > 1 : context.companies.some((company) => company.id === companyId);
  if (!known) {
    return { status: "error", fieldErrors: { companyId: ["unknown_company"] } } as const;
  }
  (await cookies()).set(SELECTED_COMPANY_COOKIE, companyId, { path: "/", httpOnly: true, sameSite: "lax" });
  redirect("/");
});
