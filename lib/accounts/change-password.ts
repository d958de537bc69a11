import { endUserSessions } from "../auth/end-sessions";
import { hashPassword, verifyPassword } from "../auth/password";
import type { Database } from "../db/create-prisma-client";

/** The account holder changes their password; every session of theirs ends (the caller signs this one in again). */
export async function changePassword({
  db,
  organizationId,
  userId,
  currentPassword,
  newPassword,
}: {
  db: Database;
  organizationId: string;
  userId: string;
  currentPassword: string;
  newPassword: string;
}): Promise<{ status: "changed"; email: string } | { status: "wrong_password" }> {
  const user = await db.user.findFirstOrThrow({ where: { id: userId, organizationId }, select: { email: true, passwordHash: true } });
  if (!user.passwordHash || !(await verifyPassword(currentPassword, user.passwordHash))) return { status: "wrong_password" };
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await endUserSessions({ db: tx, userId, reason: "PASSWORD_CHANGED" });
    await tx.auditEvent.create({
      data: { organizationId, actorUserId: userId, action: "account.password_changed", targetType: "User", targetId: userId },
    });
  });
  return { status: "changed", email: user.email };
}
