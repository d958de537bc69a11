import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import type { ContactContext } from "../auth/require-contact";
import { notifyIntraRequestReceived } from "./notify-intra-request";

export interface IntraRequestInput {
  moduleId: string;
  participantCount: number;
  desiredPeriod?: string;
  desiredLocation?: string;
  remarks?: string;
}

export interface CreateIntraRequestOptions {
  organizationId: string;
  /** The logged-in contact: the request belongs to its company. */
  context?: Pick<ContactContext, "organizationId" | "company" | "contactId" | "user">;
  /** Or an anonymous visitor. */
  visitor?: { name: string; email: string; company?: string };
  input: IntraRequestInput;
}

/** "Faire une demande d’INTRA": a request staff follow up with a status (received → … → accepted / declined). */
export async function createIntraRequest({ organizationId, context, visitor, input }: CreateIntraRequestOptions): Promise<{ id: string }> {
  if (context && context.organizationId !== organizationId) notFound();
  const requesterName = context ? `${context.user.firstName} ${context.user.lastName}` : visitor!.name;
  const requesterEmail = context ? context.user.email : visitor!.email;
  const requesterCompany = context ? context.company.name : visitor!.company || null;
  return db.$transaction(async (tx) => {
    const courseModule = await tx.module.findFirst({
      where: { organizationId, id: input.moduleId, published: true },
      select: { id: true, title: true },
    });
    if (!courseModule) notFound();
    const request = await tx.intraRequest.create({
      data: {
        organizationId,
        companyId: context?.company.id ?? null,
        contactId: context?.contactId ?? null,
        moduleId: courseModule.id,
        participantCount: input.participantCount,
        desiredPeriod: input.desiredPeriod || null,
        desiredLocation: input.desiredLocation || null,
        remarks: input.remarks || null,
        requesterName,
        requesterEmail,
        requesterCompany,
      },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: {
        organizationId,
        companyId: context?.company.id ?? null,
        actorUserId: context?.user.id ?? null,
        action: "intra_request.created",
        targetType: "IntraRequest",
        targetId: request.id,
      },
    });
    await notifyIntraRequestReceived({
      tx,
      organizationId,
      companyId: context?.company.id ?? null,
      requester: { name: requesterName, email: requesterEmail, company: requesterCompany },
      moduleTitle: courseModule.title,
      details: input,
    });
    return request;
  });
}
