"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "../actions/define-action";
import { db } from "../db";
import { changeAccessRole } from "./change-access-role";
import { assignParticipant, unassignParticipant } from "./manager-assignments";
import { assignmentSchema, changeRoleSchema } from "./team-schemas";

// Staff's edits of an access's role and a MANAGER's participants, on the admin contact page: any access of
// the staff member's organisation (another organisation's: not found), audited by the functions called.

export const changeAccessRoleAction = staffAction(changeRoleSchema, async ({ accessId, role }, staff) => {
  const result = await db.$transaction((tx) =>
    changeAccessRole({ tx, scope: { organizationId: staff.organizationId }, accessId, role, actorUserId: staff.user.id }),
  );
  if (!result) return { status: "error", formError: "not_found" } as const;
  if (result.status === "last_admin") return { status: "error", formError: "last_admin" } as const;
  revalidatePath("/admin", "layout");
  return "role_changed";
});

export const assignParticipantAction = staffAction(assignmentSchema, async (input, staff) => {
  const done = await db.$transaction((tx) =>
    assignParticipant({ tx, scope: { organizationId: staff.organizationId }, ...input, actorUserId: staff.user.id }),
  );
  if (!done) return { status: "error", fieldErrors: { participantId: ["not_found"] } } as const;
  revalidatePath("/admin", "layout");
  return "participant_assigned";
});

export const unassignParticipantAction = staffAction(assignmentSchema, async (input, staff) => {
  const done = await db.$transaction((tx) =>
    unassignParticipant({ tx, scope: { organizationId: staff.organizationId }, ...input, actorUserId: staff.user.id }),
  );
  if (!done) return { status: "error", formError: "not_found" } as const;
  revalidatePath("/admin", "layout");
  return "participant_unassigned";
});
