/** How long an invitation link stays valid. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;

export type InvitationRefusal = "extranet_disabled" | "no_email" | "individual" | "already_active" | "email_in_use";

export type InviteResult =
  { status: "sent"; invitationId: string; emailId: string; token: string } | { status: "refused"; reason: InvitationRefusal };
