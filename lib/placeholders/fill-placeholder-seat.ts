import "server-only";
import { notFound } from "next/navigation";
import type { ContactContext } from "../auth/require-contact";
import { db } from "../db";
import type { Civility } from "../generated/prisma/enums";
import { companyScope } from "../tenancy/company-scope";
import { recordEvent } from "../events/record-event";
import { notifyPlaceholderFilled } from "./notify-placeholder-filled";

export type FillSeatInput =
  | { enrolmentId: string; mode: "existing"; participantId: string }
  | {
      enrolmentId: string;
      mode: "new";
      civility: Civility | null;
      firstName: string;
      lastName: string;
      email: string | null;
      jobTitle: string | null;
    };

export type FillSeatResult = { participantId: string; createdParticipant: boolean } | { error: "seat_already_filled" | "already_enrolled" };

class Refused extends Error {
  constructor(public readonly reason: "seat_already_filled" | "already_enrolled") {
    super(reason);
  }
}

/**
 * Names who takes a placeholder seat: an existing participant of the company, or a new one (the company's
 * participant with the same email is reused, never duplicated). The seat is claimed with a conditional
 * update on `participantId: null`, so it can be filled only once even by two contacts at the same moment.
 */
export async function fillPlaceholderSeat({ context, input }: { context: ContactContext; input: FillSeatInput }): Promise<FillSeatResult> {
  const scope = companyScope(context);
  const seat = await db.enrolment.findFirst({
    where: { id: input.enrolmentId, ...scope, status: { not: "CANCELLED" } },
    select: {
      id: true,
      actionId: true,
      status: true,
      participantId: true,
      placeholderLabel: true,
      action: { select: { number: true, title: true } },
    },
  });
  if (!seat || (seat.participantId === null && seat.placeholderLabel === null)) notFound();
  if (seat.participantId !== null) return { error: "seat_already_filled" };

  try {
    const result = await db.$transaction(async (tx) => {
      let participantId: string;
      let createdParticipant = false;
      if (input.mode === "existing") {
        const participant = await tx.participant.findFirst({ where: { id: input.participantId, ...scope }, select: { id: true } });
        if (!participant) return null;
        participantId = participant.id;
      } else {
        const sameEmail = input.email
          ? await tx.participant.findFirst({
              where: { ...scope, email: { equals: input.email, mode: "insensitive" } },
              select: { id: true },
              orderBy: { createdAt: "asc" },
            })
          : null;
        if (sameEmail) participantId = sameEmail.id;
        else {
          const created = await tx.participant.create({
            data: {
              ...scope,
              civility: input.civility,
              firstName: input.firstName,
              lastName: input.lastName,
              email: input.email,
              jobTitle: input.jobTitle,
            },
            select: { id: true },
          });
          participantId = created.id;
          createdParticipant = true;
        }
      }
      if (await tx.enrolment.findFirst({ where: { actionId: seat.actionId, participantId }, select: { id: true } }))
        throw new Refused("already_enrolled");

      const { count } = await tx.enrolment.updateMany({
        where: { id: seat.id, ...scope, participantId: null },
        data: { participantId, placeholderLabel: null },
      });
      if (count !== 1) throw new Refused("seat_already_filled");

      const participant = await tx.participant.findFirstOrThrow({
        where: { id: participantId, ...scope },
        select: { firstName: true, lastName: true },
      });
      const name = `${participant.firstName} ${participant.lastName}`;
      await tx.auditEvent.create({
        data: {
          ...scope,
          actorUserId: context.user.id,
          action: "enrolment.placeholder_filled",
          targetType: "Enrolment",
          targetId: seat.id,
          metadata: { placeholderLabel: seat.placeholderLabel, participantId, createdParticipant },
        },
      });
      await recordEvent(tx, {
        ...scope,
        type: "enrolment.changed",
        data: {
          enrolmentId: seat.id,
          actionId: seat.actionId,
          companyId: scope.companyId,
          participantId,
          status: seat.status,
          change: "participant",
        },
      });
      await notifyPlaceholderFilled({
        tx,
        organizationId: context.organizationId,
        companyName: context.company.name,
        seat,
        participantName: name,
      });
      return { participantId, createdParticipant };
    });
    if (!result) notFound();
    return result;
  } catch (error) {
    if (error instanceof Refused) return { error: error.reason };
    // Two claims of the same participant for one action at once: the unique (action, participant) decides.
    if ((error as { code?: string }).code === "P2002") return { error: "already_enrolled" };
    throw error;
  }
}
