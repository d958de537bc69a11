import type { Prisma } from "../generated/prisma/client";

/** Who is on a slot's roll call: the action's named participants whose seat is not cancelled. */
export const rollCallSeatWhere = (organizationId: string, actionId: string) =>
  ({ organizationId, actionId, status: { not: "CANCELLED" }, participantId: { not: null } }) satisfies Prisma.EnrolmentWhereInput;

/** What staff mark on a roll call (excused is the company's to tell, not the trainer's). */
export const ROLL_CALL_STATUSES = ["PRESENT", "ABSENT", "LATE"] as const;
export type RollCallStatus = (typeof ROLL_CALL_STATUSES)[number];

/** A roll call's form field per seat: `presence:<enrolmentId>` = one of ROLL_CALL_STATUSES. */
export const PRESENCE_FIELD = "presence:";
