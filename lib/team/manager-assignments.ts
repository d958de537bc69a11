import type { TransactionClient } from "../db/create-prisma-client";

interface AssignmentOptions {
  tx: TransactionClient;
  /** The organisation for staff; the organisation and company for the company's administrator. */
  scope: { organizationId: string; companyId?: string };
  accessId: string;
  participantId: string;
  actorUserId: string;
}

/**
 * Inside the caller's transaction: a MANAGER access follows one more participant, of its own company or of
 * one of its subsidiaries. Null when the access (a MANAGER's, in scope) or the participant is not found.
 */
export async function assignParticipant({ tx, scope, accessId, participantId, actorUserId }: AssignmentOptions) {
  const access = await tx.extranetAccess.findFirst({
    where: { ...scope, id: accessId, role: "MANAGER" },
    select: { id: true, companyId: true, contactId: true },
  });
  if (!access) return null;
  const participant = await tx.participant.findFirst({
    where: {
      id: participantId,
      organizationId: scope.organizationId,
      OR: [{ companyId: access.companyId }, { company: { parentId: access.companyId } }],
    },
    select: { id: true, firstName: true, lastName: true },
  });
  if (!participant) return null;
  await tx.managerAssignment.upsert({
    where: { accessId_participantId: { accessId: access.id, participantId: participant.id } },
    create: { organizationId: scope.organizationId, accessId: access.id, participantId: participant.id },
    update: {},
  });
  await tx.auditEvent.create({
    data: {
      organizationId: scope.organizationId,
      companyId: access.companyId,
      actorUserId,
      action: "access.participant_assigned",
      targetType: "Contact",
      targetId: access.contactId,
      metadata: { accessId: access.id, participantId: participant.id },
    },
  });
  return { ...participant, companyId: access.companyId };
}

/** The reverse: the MANAGER access no longer follows that participant. Null when nothing in scope matched. */
export async function unassignParticipant({ tx, scope, accessId, participantId, actorUserId }: AssignmentOptions) {
  const access = await tx.extranetAccess.findFirst({
    where: { ...scope, id: accessId },
    select: { id: true, companyId: true, contactId: true },
  });
  if (!access) return null;
  const { count } = await tx.managerAssignment.deleteMany({
    where: { organizationId: scope.organizationId, accessId: access.id, participantId },
  });
  if (count === 0) return null;
  await tx.auditEvent.create({
    data: {
      organizationId: scope.organizationId,
      companyId: access.companyId,
      actorUserId,
      action: "access.participant_unassigned",
      targetType: "Contact",
      targetId: access.contactId,
      metadata: { accessId: access.id, participantId },
    },
  });
  return { companyId: access.companyId };
}
