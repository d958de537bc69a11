import type { UserKind } from "../generated/prisma/enums";

/** What the session cookie carries. Every request re-checks it against the database (lib/auth/live-session.ts). */
export interface SessionIdentity {
  userId: string;
  kind: UserKind;
  organizationId: string;
  /** The hostname the session was created on: a session is worthless on any other host. */
  host: string;
  /** The AuthSession row: once it is ended (logout, password change, access cut) the cookie is worthless. */
  sessionId: string;
}
