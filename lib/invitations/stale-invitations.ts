import type { Prisma } from "../generated/prisma/client";

/** Days after which an invitation nobody accepted needs a staff member's attention (a reminder). */
export const STALE_INVITATION_DAYS = 7;

/** Accesses still invited whose every invitation was sent more than STALE_INVITATION_DAYS ago. */
export function staleInvitationWhere(now: Date = new Date()): Prisma.ExtranetAccessWhereInput {
  const cutoff = new Date(now.getTime() - STALE_INVITATION_DAYS * 24 * 60 * 60 * 1000);
  return { status: "INVITED", createdAt: { lt: cutoff }, invitations: { none: { createdAt: { gte: cutoff } } } };
}
