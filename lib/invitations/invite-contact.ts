import { newSecretToken } from "../accounts/secret-token";
import type { TransactionClient } from "../db/create-prisma-client";
import type { ContactRole } from "../generated/prisma/enums";
import { INVITATION_TTL_MS, type InviteResult } from "./invitation-rules";
import { notifyInvitation } from "./notify-invitation";

export interface InviteContactOptions {
  tx: TransactionClient;
  organizationId: string;
  actorUserId: string | null;
  contactId: string;
  /** The access's role; unset keeps a re-invited access's role (a new one is ADMIN, the column's default). */
  role?: ContactRole;
  now?: Date;
}

/**
 * Inside the caller's transaction: creates (or reuses) the contact's one extranet access, voids any earlier
 * link, stores only the SHA-256 of a fresh token and queues the branded invitation email. Returns null when
 * the contact is not in this organisation (the caller answers "not found").
 */
export async function inviteContact({
  tx,
  organizationId,
  actorUserId,
  contactId,
  role,
  now = new Date(),
}: InviteContactOptions): Promise<InviteResult | null> {
  const contact = await tx.contact.findFirst({
    where: { id: contactId, organizationId },
    select: {
      id: true,
      firstName: true,
      email: true,
      companyId: true,
      company: { select: { name: true, isIndividual: true } },
      access: { select: { id: true, status: true, userId: true } },
    },
  });
  if (!contact) return null;
  const organization = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { extranetEnabled: true } });
  if (!organization.extranetEnabled) return { status: "refused", reason: "extranet_disabled" };
  if (contact.company.isIndividual) return { status: "refused", reason: "individual" };
  const email = contact.email?.trim().toLowerCase();
  if (!email) return { status: "refused", reason: "no_email" };
  if (contact.access?.status === "ACTIVE") return { status: "refused", reason: "already_active" };
  if (!contact.access?.userId) {
    // An account of a deleted contact (no access left) may be taken over; staff or another contact's may not.
    const taken = await tx.user.findUnique({
      where: { organizationId_email: { organizationId, email } },
      select: { kind: true, access: { select: { id: true } } },
    });
    if (taken && (taken.kind !== "CONTACT" || taken.access)) return { status: "refused", reason: "email_in_use" };
  }

  const access = contact.access
    ? await tx.extranetAccess.update({
        where: { id: contact.access.id },
        data: { status: "INVITED", revokedAt: null, role },
        select: { id: true, role: true },
      })
    : await tx.extranetAccess.create({
        data: { organizationId, companyId: contact.companyId, contactId: contact.id, status: "INVITED", role },
        select: { id: true, role: true },
      });
  // Re-inviting voids every earlier link.
  await tx.invitation.updateMany({ where: { accessId: access.id, usedAt: null, revokedAt: null }, data: { revokedAt: now } });

  const { token, tokenHash } = newSecretToken();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  const invitation = await tx.invitation.create({
    data: { organizationId, accessId: access.id, contactId: contact.id, email, tokenHash, expiresAt, createdById: actorUserId },
    select: { id: true },
  });
  const { id: emailId } = await notifyInvitation({
    tx,
    organizationId,
    companyId: contact.companyId,
    to: email,
    firstName: contact.firstName,
    companyName: contact.company.name,
    token,
    expiresAt,
  });
  await tx.auditEvent.create({
    data: {
      organizationId,
      companyId: contact.companyId,
      actorUserId,
      action: "invitation.sent",
      targetType: "Contact",
      targetId: contact.id,
      metadata: { invitationId: invitation.id, to: email, role: access.role },
    },
  });
  return { status: "sent", invitationId: invitation.id, emailId, token };
}
