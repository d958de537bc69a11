import { endUserSessions } from "../auth/end-sessions";
import type { TransactionClient } from "../db/create-prisma-client";

/**
 * Inside the caller's transaction: the contact's access becomes REVOKED, its open links are voided and
 * its account's sessions end at their next request. The company's data is untouched.
 * Returns false when the contact has no access to cut.
 */
export async function cutAccess({
  tx,
  organizationId,
  actorUserId,
  contactId,
  reason,
  now = new Date(),
}: {
  tx: TransactionClient;
  organizationId: string;
  actorUserId: string | null;
  contactId: string;
  reason: "cut" | "contact_deleted";
  now?: Date;
}): Promise<boolean> {
  const access = await tx.extranetAccess.findFirst({
    where: { organizationId, contactId },
    select: { id: true, status: true, userId: true, companyId: true },
  });
  if (!access || access.status === "REVOKED") return false;
  await tx.extranetAccess.update({ where: { id: access.id }, data: { status: "REVOKED", revokedAt: now } });
  await tx.invitation.updateMany({ where: { accessId: access.id, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
  if (access.userId) await endUserSessions({ db: tx, userId: access.userId, reason: "ACCESS_CUT", now });
  await tx.auditEvent.create({
    data: {
      organizationId,
      companyId: access.companyId,
      actorUserId,
      action: "access.revoked",
      targetType: "Contact",
      targetId: contactId,
      metadata: { reason, previousStatus: access.status },
    },
  });
  return true;
}
