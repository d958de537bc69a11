import "server-only";
import { fullName } from "./full-name";
import { db } from "../db";
import type { StaffContext } from "../auth/require-staff";

const MAX_PARTICIPANTS = 400;

/**
 * A contact's access as staff edit its role on the contact page: the role and, for a MANAGER, its
 * participants and those it may be given (its company's and its subsidiaries'). Null without an access.
 */
export async function getStaffAccessRole({ staff, contactId }: { staff: StaffContext; contactId: string }) {
  const access = await db.extranetAccess.findFirst({
    where: { organizationId: staff.organizationId, contactId },
    select: {
      id: true,
      role: true,
      status: true,
      companyId: true,
      managerAssignments: {
        take: MAX_PARTICIPANTS,
        orderBy: { participant: { lastName: "asc" } },
        select: { participant: { select: { id: true, firstName: true, lastName: true } } },
      },
    },
  });
  if (!access) return null;
  const options =
    access.role === "MANAGER"
      ? await db.participant.findMany({
          where: {
            organizationId: staff.organizationId,
            OR: [{ companyId: access.companyId }, { company: { parentId: access.companyId } }],
          },
          orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
          take: MAX_PARTICIPANTS,
          select: { id: true, firstName: true, lastName: true },
        })
      : [];
  return {
    id: access.id,
    role: access.role,
    status: access.status,
    participants: access.managerAssignments.map(({ participant }) => ({ id: participant.id, name: fullName(participant) })),
    options: options.map((participant) => ({ id: participant.id, name: fullName(participant) })),
  };
}
