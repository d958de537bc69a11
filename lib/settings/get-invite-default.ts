import "server-only";
import type { StaffContext } from "../auth/require-staff";
import { db } from "../db";

/** Whether a new contact's "invite" box starts checked (an option of the organisation). */
export async function getInviteDefault({ staff }: { staff: Pick<StaffContext, "organizationId"> }): Promise<boolean> {
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: staff.organizationId },
    select: { inviteCheckedByDefault: true },
  });
  return organization.inviteCheckedByDefault;
}
