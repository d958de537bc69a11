import "server-only";
import { notFound } from "next/navigation";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";
import { inviteContact } from "./invite-contact";
import type { InviteResult } from "./invitation-rules";

/** Staff sends (or re-sends) a contact's invitation. A contact of another organisation is "not found". */
export async function sendInvitation({
  staff,
  contactId,
  now,
}: {
  staff: StaffContext;
  contactId: string;
  now?: Date;
}): Promise<InviteResult> {
  const result = await db.$transaction((tx) =>
    inviteContact({ tx, organizationId: staff.organizationId, actorUserId: staff.user.id, contactId, now }),
  );
  if (!result) notFound();
  return result;
}
