import type { UserKind } from "../generated/prisma/enums";

/** What the session cookie carries. Every request re-checks it against the database (lib/auth/require-*.ts). */
export interface SessionIdentity {
  userId: string;
  kind: UserKind;
  organizationId: string;
  /** The hostname the session was created on: a session is worthless on any other host. */
  host: string;
  sessionVersion: number;
}
