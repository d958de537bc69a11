import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import type { TicketSeverity } from "../generated/prisma/enums";

export interface TicketHandlingInput {
  ownerUserId: string | null;
  severity: TicketSeverity | null;
  analysis: string | null;
  correctiveAction: string | null;
}

/** Staff record the handling of a ticket (owner among the organisation's staff, severity, analysis, corrective action). */
export async function updateTicketHandling({
  organizationId,
  ticketId,
  userId,
  input,
}: {
  organizationId: string;
  ticketId: string;
  userId: string;
  input: TicketHandlingInput;
}): Promise<void> {
  const ticket = await db.qualityTicket.findFirst({ where: { id: ticketId, organizationId }, select: { id: true, companyId: true } });
  if (!ticket) notFound();
  if (
    input.ownerUserId &&
    !(await db.user.findFirst({ where: { id: input.ownerUserId, organizationId, kind: "STAFF" }, select: { id: true } }))
  )
    notFound();
  await db.$transaction(async (tx) => {
    await tx.qualityTicket.update({ where: { id: ticket.id }, data: input });
    await tx.auditEvent.create({
      data: {
        organizationId,
        companyId: ticket.companyId,
        actorUserId: userId,
        action: "ticket.handling_updated",
        targetType: "QualityTicket",
        targetId: ticket.id,
        metadata: { ownerUserId: input.ownerUserId, severity: input.severity },
      },
    });
  });
}
