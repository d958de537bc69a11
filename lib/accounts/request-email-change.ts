import { verifyPassword } from "../auth/password";
import type { Database } from "../db/create-prisma-client";
import type { Site } from "../tenancy/site";
import { issueAccountLink } from "./issue-account-link";

/**
 * The account holder asks to log in with another address: after checking their password, a link goes to
 * the new address; the login email changes only when that link is opened.
 */
export async function requestEmailChange({
  db,
  site,
  userId,
  newEmail,
  password,
}: {
  db: Database;
  site: Site;
  userId: string;
  newEmail: string;
  password: string;
}): Promise<{ status: "sent"; token: string } | { status: "wrong_password" | "email_in_use" | "same_email" }> {
  const organizationId = site.organization.id;
  const user = await db.user.findFirstOrThrow({
    where: { id: userId, organizationId },
    select: { id: true, email: true, firstName: true, passwordHash: true, access: { select: { companyId: true } } },
  });
  if (!user.passwordHash || !(await verifyPassword(password, user.passwordHash))) return { status: "wrong_password" };
  if (newEmail === user.email) return { status: "same_email" };
  if (await db.user.findUnique({ where: { organizationId_email: { organizationId, email: newEmail } }, select: { id: true } }))
    return { status: "email_in_use" };
  const { token } = await db.$transaction(async (tx) => {
    await tx.auditEvent.create({
      data: {
        organizationId,
        actorUserId: user.id,
        action: "account.email_change_requested",
        targetType: "User",
        targetId: user.id,
        metadata: { to: newEmail },
      },
    });
    return issueAccountLink({
      tx,
      user: { id: user.id, organizationId, firstName: user.firstName, companyId: user.access?.companyId ?? null },
      kind: "EMAIL_CHANGE",
      to: newEmail,
      hostname: site.hostname,
    });
  });
  return { status: "sent", token };
}
