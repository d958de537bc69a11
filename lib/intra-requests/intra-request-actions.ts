"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { contactAction, publicAction, staffAction } from "../actions/define-action";
import { getCatalogueViewer } from "../catalogue/get-catalogue-viewer";
import { db } from "../db";
import { clientIp } from "../http/trusted-proxy";
import { mayTriggerEmail } from "../rate-limit/may-trigger-email";
import { createIntraRequest } from "./create-intra-request";
import { INTRA_STATUSES } from "./list-intra-requests";
import { updateIntraRequest } from "./update-intra-request";

const text = (max: number) => z.string().trim().max(max, { error: "too_long" });

const intraSchema = z.object({
  moduleId: z.string().trim().min(1, { error: "required" }).max(40),
  participantCount: z.coerce
    .number({ error: "invalid_number" })
    .int({ error: "invalid_number" })
    .min(1, { error: "invalid_number" })
    .max(500, { error: "invalid_number" }),
  desiredPeriod: text(200).optional(),
  desiredLocation: text(200).optional(),
  remarks: text(2000).optional(),
});

/** "Faire une demande d’INTRA" from the extranet: company and contact come from the session. */
export const requestIntraAction = contactAction("catalogue", intraSchema, async (input, context) => {
  await getCatalogueViewer();
  await createIntraRequest({ organizationId: context.organizationId, context, input });
  redirect("/catalogue/commandes?intra=1");
});

const visitorSchema = intraSchema.extend({
  name: text(120).min(1, { error: "required" }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "invalid_email" })),
  company: text(120).optional(),
});

/** The same request from an anonymous visitor of the public catalogue. */
export const requestIntraVisitorAction = publicAction(visitorSchema, async ({ name, email, company, ...input }) => {
  const viewer = await getCatalogueViewer();
  const ip = clientIp(await headers());
  if (!(await mayTriggerEmail({ db, trigger: "catalogue-request", organizationId: viewer.organizationId, recipient: email, ip })))
    return { status: "error", formError: "too_many_requests" } as const;
  await createIntraRequest({ organizationId: viewer.organizationId, visitor: { name, email, company }, input });
  return { sent: true };
});

export const updateIntraRequestAction = staffAction(
  z.object({
    requestId: z.string().trim().min(1).max(40),
    status: z.enum(INTRA_STATUSES as [string, ...string[]]),
    message: text(2000).optional(),
  }),
  async ({ requestId, status, message }, staff) => {
    await updateIntraRequest({ staff, requestId, status: status as (typeof INTRA_STATUSES)[number], message });
    revalidatePath("/admin/commandes");
  },
);
