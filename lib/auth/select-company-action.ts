"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { contactAction } from "../actions/define-action";
import { SELECTED_COMPANY_COOKIE } from "./require-contact";

export const selectCompany = contactAction("companies", z.object({ companyId: z.string().min(1) }), async ({ companyId }, context) => {
  if (!context.companies.some((company) => company.id === companyId)) {
    return { status: "error", fieldErrors: { companyId: ["unknown_company"] } } as const;
  }
  (await cookies()).set(SELECTED_COMPANY_COOKIE, companyId, { path: "/", httpOnly: true, sameSite: "lax" });
  redirect("/");
});
