import { endUserSessions } from "../auth/end-sessions";
import { hashPassword } from "../auth/password";
import type { Database } from "../db/create-prisma-client";
import type { Site } from "../tenancy/site";
import { findAccountLink } from "./use-account-link";

/** Sets a new password through a reset link (single use); every session of the account ends. */
export async function resetPassword({
  db,
  site,
  token,
  password,
  now = new Date(),
}: {
  db: Database;
  site: Site;
  token: string;
  password: string;
  now?: Date;
}): Promise<{ email: string } | null> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const link = await findAccountLink({ db: tx, site, token, purpose: "PASSWORD_RESET", now });
    if (!link) return null;
    const claimed = await tx.authToken.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) return null;
    const user = await tx.user.update({
      where: { id: link.userId },
      data: { passwordHash },
      select: { email: true },
    });
    await endUserSessions({ db: tx, userId: link.userId, reason: "PASSWORD_RESET", now });
    await tx.auditEvent.create({
      data: {
        organizationId: link.organizationId,
        actorUserId: link.userId,
        action: "account.password_reset",
        targetType: "User",
        targetId: link.userId,
      },
    });
    return user;
  });
}
