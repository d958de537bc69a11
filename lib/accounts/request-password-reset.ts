import type { Database } from "../db/create-prisma-client";
import type { Site } from "../tenancy/site";
import { issueAccountLink } from "./issue-account-link";

/**
 * Sends a reset link when `email` is a login of this site's organisation that may log in (staff not
 * disabled, contact with an active access). The caller answers the same either way (no account probing).
 */
export async function requestPasswordReset({
  db,
  site,
  email,
  now = new Date(),
}: {
  db: Database;
  site: Site;
  email: string;
  now?: Date;
}): Promise<{ token: string } | null> {
  const organizationId = site.organization.id;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { organizationId_email: { organizationId, email } },
      select: { id: true, kind: true, firstName: true, disabledAt: true, access: { select: { status: true, companyId: true } } },
    });
    if (!user || user.disabledAt || (user.kind === "CONTACT" && user.access?.status !== "ACTIVE")) return null;
    await tx.auditEvent.create({
      data: { organizationId, actorUserId: user.id, action: "account.password_reset_requested", targetType: "User", targetId: user.id },
    });
    return issueAccountLink({
      tx,
      user: { id: user.id, organizationId, firstName: user.firstName, companyId: user.access?.companyId ?? null },
      kind: "PASSWORD_RESET",
      to: email,
      hostname: site.hostname,
      now,
    });
  });
}
