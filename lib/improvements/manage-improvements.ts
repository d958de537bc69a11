import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import type { ImprovementSource, ImprovementStatus } from "../generated/prisma/enums";

export interface ImprovementInput {
  title: string;
  description: string;
  ownerUserId: string | null;
  dueDate: Date | null;
}

/** Each id a new improvement action names must be this organisation's (an answer, an action, a ticket, an owner), else not found. */
async function checkLinks({
  organizationId,
  sendId,
  actionId,
  ticketId,
  ownerUserId,
}: {
  organizationId: string;
  sendId: string | null;
  actionId: string | null;
  ticketId: string | null;
  ownerUserId: string | null;
}) {
  const [send, action, ticket, owner] = await Promise.all([
    sendId
      ? db.evaluationSend.findFirst({ where: { id: sendId, organizationId, answeredAt: { not: null } }, select: { actionId: true } })
      : null,
    actionId ? db.trainingAction.findFirst({ where: { id: actionId, organizationId }, select: { id: true } }) : null,
    ticketId ? db.qualityTicket.findFirst({ where: { id: ticketId, organizationId }, select: { actionId: true } }) : null,
    ownerUserId
      ? db.user.findFirst({ where: { id: ownerUserId, organizationId, kind: "STAFF", disabledAt: null }, select: { id: true } })
      : null,
  ]);
  if ((sendId && !send) || (actionId && !action) || (ticketId && !ticket) || (ownerUserId && !owner)) notFound();
  // An answer or a ticket brings its action along, so the action's results and register list it.
  return actionId ?? send?.actionId ?? ticket?.actionId ?? null;
}

export async function createImprovement({
  organizationId,
  userId,
  links,
  input,
}: {
  organizationId: string;
  userId: string;
  links: { sendId: string | null; actionId: string | null; ticketId: string | null };
  input: ImprovementInput;
}): Promise<{ id: string }> {
  const actionId = await checkLinks({ organizationId, ...links, ownerUserId: input.ownerUserId });
  const source: ImprovementSource = links.sendId
    ? "EVALUATION_ANSWER"
    : links.ticketId
      ? "QUALITY_TICKET"
      : links.actionId
        ? "EVALUATION_RESULT"
        : "OTHER";
  return db.$transaction(async (tx) => {
    const created = await tx.improvementAction.create({
      data: { organizationId, source, sendId: links.sendId, ticketId: links.ticketId, actionId, ...input, createdById: userId },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: { organizationId, actorUserId: userId, action: "improvement.created", targetType: "ImprovementAction", targetId: created.id },
    });
    return created;
  });
}

/** Status, owner, due date and outcome of one of the organisation's improvement actions (another's: not found). */
export async function updateImprovement({
  organizationId,
  userId,
  improvementId,
  status,
  outcome,
  ownerUserId,
  dueDate,
}: {
  organizationId: string;
  userId: string;
  improvementId: string;
  status: ImprovementStatus;
  outcome: string | null;
  ownerUserId: string | null;
  dueDate: Date | null;
}): Promise<void> {
  await checkLinks({ organizationId, sendId: null, actionId: null, ticketId: null, ownerUserId });
  await db.$transaction(async (tx) => {
    const updated = await tx.improvementAction.updateMany({
      where: { id: improvementId, organizationId },
      data: { status, outcome, ownerUserId, dueDate },
    });
    if (updated.count === 0) notFound();
    await tx.auditEvent.create({
      data: {
        organizationId,
        actorUserId: userId,
        action: "improvement.updated",
        targetType: "ImprovementAction",
        targetId: improvementId,
        metadata: { status },
      },
    });
  });
}

/** The organisation's register (or one action's), open ones first by due date. */
export function listImprovements({ organizationId, actionId, take = 500 }: { organizationId: string; actionId?: string; take?: number }) {
  return db.improvementAction.findMany({
    where: { organizationId, ...(actionId ? { actionId } : {}) },
    orderBy: [{ status: "asc" }, { dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }],
    select: {
      id: true,
      source: true,
      title: true,
      description: true,
      ownerUserId: true,
      dueDate: true,
      status: true,
      outcome: true,
      createdAt: true,
      ticketId: true,
      sendId: true,
      action: { select: { id: true, number: true, title: true } },
    },
    take,
  });
}
