import "server-only";
import { notFound } from "next/navigation";
import type { ContactContext } from "../auth/require-contact";
import { db } from "../db";
import type { TicketCategory } from "../generated/prisma/enums";
import { companyScope } from "../tenancy/company-scope";
import { companyActionWhere } from "../tenancy/company-action-where";
import { notifyStaffOfTicket, TICKET_REF_SELECT } from "./notify-ticket";
import { recordEvent } from "../events/record-event";

export interface CreateTicketInput {
  category: TicketCategory;
  subject: string;
  description: string;
  actionId: string | null;
}

/** A contact opens a ticket; its number comes from the organisation's counter, in the same transaction. */
export async function createTicket({
  context,
  input,
}: {
  context: ContactContext;
  input: CreateTicketInput;
}): Promise<{ id: string; number: number }> {
  if (
    input.actionId &&
    !(await db.trainingAction.findFirst({ where: { AND: [companyActionWhere(context), { id: input.actionId }] }, select: { id: true } }))
  )
    notFound();
  const ticket = await db.$transaction(async (tx) => {
    const { lastTicketNumber: number } = await tx.organization.update({
      where: { id: context.organizationId },
      data: { lastTicketNumber: { increment: 1 } },
      select: { lastTicketNumber: true },
    });
    const created = await tx.qualityTicket.create({
      data: {
        ...companyScope(context),
        actionId: input.actionId,
        number,
        category: input.category,
        subject: input.subject,
        description: input.description,
        authorUserId: context.user.id,
        receivedAt: new Date(),
      },
      select: TICKET_REF_SELECT,
    });
    await tx.ticketMessage.create({
      data: { ...companyScope(context), ticketId: created.id, authorUserId: context.user.id, fromStaff: false, body: input.description },
    });
    await tx.auditEvent.create({
      data: {
        ...companyScope(context),
        actorUserId: context.user.id,
        action: "ticket.created",
        targetType: "QualityTicket",
        targetId: created.id,
        metadata: { number, category: input.category },
      },
    });
    await recordEvent(tx, {
      ...companyScope(context),
      type: "ticket.created",
      data: { ticketId: created.id, number, companyId: context.company.id, actionId: input.actionId ?? null, category: input.category },
    });
    await notifyStaffOfTicket({
      tx,
      ticket: created,
      headline: `${context.company.name} a ouvert le ticket n° ${number} (${input.category.toLowerCase()})`,
      body: `${input.subject}\n\n${input.description}`,
    });
    return created;
  });
  return { id: ticket.id, number: ticket.number };
}
