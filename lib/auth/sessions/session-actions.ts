"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { contactAction, staffAction } from "../../actions/define-action";
import { db } from "../../db";
import { endOtherSessions, endOwnSession } from "./end-own-sessions";

const oneSession = z.object({ sessionId: z.string().min(1).max(64) });
const noInput = z.object({});

interface Holder {
  organizationId: string;
  user: { id: string };
  sessionId: string;
}

async function endOne({ sessionId }: z.output<typeof oneSession>, context: Holder, accountPage: string) {
  const ended = await endOwnSession({ db, organizationId: context.organizationId, userId: context.user.id, sessionId });
  if (!ended) return { status: "error", formError: "session_not_found" } as const;
  // Redirecting renders the page again, without the ended session (ending this one logs out).
  redirect(sessionId === context.sessionId ? "/login" : `${accountPage}?ended=1`);
}

async function endOthers(context: Holder, accountPage: string) {
  await endOtherSessions({ db, organizationId: context.organizationId, userId: context.user.id, currentSessionId: context.sessionId });
  redirect(`${accountPage}?ended=1`);
}

export const endContactSessionAction = contactAction("account", oneSession, (input, context) => endOne(input, context, "/compte"));
export const endContactOtherSessionsAction = contactAction("account", noInput, (_input, context) => endOthers(context, "/compte"));
export const endStaffSessionAction = staffAction(oneSession, (input, context) => endOne(input, context, "/admin/compte"));
export const endStaffOtherSessionsAction = staffAction(noInput, (_input, context) => endOthers(context, "/admin/compte"));
