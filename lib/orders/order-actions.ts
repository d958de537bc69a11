"use server";

import { revalidatePath } from "next/cache";
import { invalidateOrganizationData } from "../cache/organization-data-cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction, staffAction } from "../actions/define-action";
import { getCatalogueViewer } from "../catalogue/get-catalogue-viewer";
import { db } from "../db";
import { clientIp } from "../http/trusted-proxy";
import { mayTriggerEmail } from "../rate-limit/may-trigger-email";
import { decideOrder } from "./decide-order";
import { requestEnrolment } from "./request-enrolment";

const text = (max: number) => z.string().trim().max(max, { error: "too_long" });

const requestSchema = z
  .object({
    actionId: z.string().trim().min(1).max(40),
    kind: z.enum(["individual", "company"], { error: "required" }),
    name: text(120).min(1, { error: "required" }),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: "invalid_email" })),
    phone: text(30).optional(),
    company: text(120).optional(),
    seats: z.coerce
      .number({ error: "invalid_number" })
      .int({ error: "invalid_number" })
      .min(1, { error: "invalid_number" })
      .max(20, { error: "invalid_number" }),
    message: text(2000).optional(),
  })
  .refine((input) => input.kind === "individual" || Boolean(input.company), { error: "required", path: ["company"] });

/** An anonymous visitor asks for an enrolment (as an individual or for a company). */
export const requestEnrolmentAction = publicAction<typeof requestSchema, { number: string }>(requestSchema, async (input) => {
  const viewer = await getCatalogueViewer();
  const ip = clientIp(await headers());
  if (
    !(await mayTriggerEmail({
      db,
      trigger: "catalogue-request",
      organizationId: viewer.organizationId,
      recipient: input.email,
      ip,
    }))
  )
    return { status: "error", formError: "too_many_requests" } as const;
  const { number } = await requestEnrolment({ organizationId: viewer.organizationId, ...input });
  return { number };
});

const decisionSchema = z.object({
  orderId: z.string().trim().min(1).max(40),
  decision: z.enum(["confirm", "decline"]),
  message: text(2000).optional(),
});

export const decideOrderAction = staffAction(decisionSchema, async (input, staff) => {
  const { error } = await decideOrder({ staff, ...input });
  if (error) return { status: "error", formError: error } as const;
  await invalidateOrganizationData(staff.organizationId); // seats taken or freed
  revalidatePath("/admin/commandes");
  redirect("/admin/commandes");
});
