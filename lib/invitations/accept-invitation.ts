import { endUserSessions } from "../auth/end-sessions";
import { hashPassword } from "../auth/password";
import type { Database } from "../db/create-prisma-client";
import type { Site } from "../tenancy/site";
import { findOpenInvitation } from "./find-open-invitation";

/**
 * Sets the contact's password and activates the access, using up the link. Returns the login email to
 * sign in with, or null when the link cannot be used (used, voided, expired, wrong host).
 */
export async function acceptInvitation({
  db,
  site,
  token,
  password,
  ip = null,
  now = new Date(),
}: {
  db: Database;
  site: Site;
  token: string;
  password: string;
  ip?: string | null;
  now?: Date;
}): Promise<{ email: string; userId: string } | null> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const invitation = await findOpenInvitation({ db: tx, site, token, now });
    if (!invitation) return null;
    // Single use even under concurrent submissions: only one update can flip usedAt.
    const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, usedAt: null, revokedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) return null;
    const organizationId = site.organization.id;

    let user: { id: string; email: string };
    if (invitation.existingUserId) {
      // A re-invited account keeps its login email (only its holder changes it).
      user = await tx.user.update({
        where: { id: invitation.existingUserId },
        data: { passwordHash, disabledAt: null },
        select: { id: true, email: true },
      });
    } else {
      const taken = await tx.user.findUnique({
        where: { organizationId_email: { organizationId, email: invitation.email } },
        select: { id: true, kind: true, access: { select: { id: true } } },
      });
      if (taken && (taken.kind !== "CONTACT" || taken.access)) return null;
      const profile = { passwordHash, firstName: invitation.contact.firstName, lastName: invitation.contact.lastName };
      user = taken
        ? // The account of a deleted contact with this address: it comes back with this access only.
          await tx.user.update({
            where: { id: taken.id },
            data: { ...profile, disabledAt: null },
            select: { id: true, email: true },
          })
        : await tx.user.create({
            data: { organizationId, kind: "CONTACT", email: invitation.email, ...profile },
            select: { id: true, email: true },
          });
    }
    // An account that comes back starts afresh: none of its old sessions survives.
    await endUserSessions({ db: tx, userId: user.id, reason: "ACCESS_RENEWED", now });
    await tx.extranetAccess.update({
      where: { id: invitation.accessId },
      data: { status: "ACTIVE", userId: user.id, activatedAt: now, revokedAt: null },
    });
    await tx.auditEvent.create({
      data: {
        organizationId,
        companyId: invitation.company.id,
        actorUserId: user.id,
        action: "invitation.accepted",
        targetType: "Contact",
        targetId: invitation.contact.id,
        ip,
        metadata: { invitationId: invitation.id, host: site.hostname },
      },
    });
    return { email: user.email, userId: user.id };
  });
}
