"use server";

import { revalidatePath } from "next/cache";
import { contactAction } from "../actions/define-action";
import { changeColleagueRole, editColleagueParticipants, inviteColleague, requestColleague, revokeColleague } from "./manage-team";
import { accessSchema, assignmentSchema, changeRoleSchema, inviteColleagueSchema, requestColleagueSchema } from "./team-schemas";

// The company's administrator's actions on its accesses (/equipe): the "team" section opens for ADMIN only.

export const inviteColleagueAction = contactAction("team", inviteColleagueSchema, async ({ contactId, role }, context) => {
  const result = await inviteColleague({ context, contactId, role });
  if (!result) return { status: "error", fieldErrors: { contactId: ["not_found"] } } as const;
  if (result.status === "refused") return { status: "error", formError: result.reason } as const;
  revalidatePath("/equipe");
  return "invitation_sent";
});

export const requestColleagueAction = contactAction("team", requestColleagueSchema, async (person, context) => {
  await requestColleague({ context, person });
  return "colleague_requested";
});

export const changeColleagueRoleAction = contactAction("team", changeRoleSchema, async ({ accessId, role }, context) => {
  const result = await changeColleagueRole({ context, accessId, role });
  if (!result) return { status: "error", formError: "not_found" } as const;
  if (result.status === "last_admin") return { status: "error", formError: "last_admin" } as const;
  revalidatePath("/equipe");
  return "role_changed";
});

export const revokeColleagueAction = contactAction("team", accessSchema, async ({ accessId }, context) => {
  const result = await revokeColleague({ context, accessId });
  if (!result) return { status: "error", formError: "not_found" } as const;
  if (result === "last_admin") return { status: "error", formError: "last_admin" } as const;
  revalidatePath("/equipe");
  return "access_revoked";
});

export const assignColleagueParticipantAction = contactAction("team", assignmentSchema, async (input, context) => {
  if (!(await editColleagueParticipants({ context, ...input, assign: true })))
    return { status: "error", fieldErrors: { participantId: ["not_found"] } } as const;
  revalidatePath("/equipe");
  return "participant_assigned";
});

export const unassignColleagueParticipantAction = contactAction("team", assignmentSchema, async (input, context) => {
  if (!(await editColleagueParticipants({ context, ...input, assign: false }))) return { status: "error", formError: "not_found" } as const;
  revalidatePath("/equipe");
  return "participant_unassigned";
});
