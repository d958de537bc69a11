import type { Database } from "../db/create-prisma-client";
import type { Site } from "../tenancy/site";
import { findAccountLink } from "./use-account-link";

/** Opens an email-change link: the account's login email becomes the confirmed address (the CRM's contact email is not touched). */
export async function confirmEmailChange({
  db,
  site,
  token,
  now = new Date(),
}: {
  db: Database;
  site: Site;
  token: string;
  now?: Date;
}): Promise<{ status: "changed"; email: string } | { status: "invalid" | "email_in_use" }> {
  return db.$transaction(async (tx) => {
    const link = await findAccountLink({ db: tx, site, token, purpose: "EMAIL_CHANGE", now });
    if (!link?.newEmail) return { status: "invalid" } as const;
    if (
      await tx.user.findUnique({
        where: { organizationId_email: { organizationId: link.organizationId, email: link.newEmail } },
        select: { id: true },
      })
    )
      return { status: "email_in_use" } as const;
    const claimed = await tx.authToken.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) return { status: "invalid" } as const;
    await tx.user.update({ where: { id: link.userId }, data: { email: link.newEmail } });
    await tx.auditEvent.create({
      data: {
        organizationId: link.organizationId,
        actorUserId: link.userId,
        action: "account.email_changed",
        targetType: "User",
        targetId: link.userId,
        metadata: { from: link.user.email, to: link.newEmail },
      },
    });
    return { status: "changed", email: link.newEmail } as const;
  });
}
