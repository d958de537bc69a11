import "server-only";
import type { ContactContext } from "../auth/require-contact";
import { db } from "../db";
import { companyScope } from "../tenancy/company-scope";
import { openPlaceholderSeatsWhere } from "./open-placeholder-seats-where";

export interface PlaceholderSeatGroup {
  action: { id: string; number: string; title: string; startDate: Date; endDate: Date };
  seats: { id: string; label: string }[];
  /** Participants of the company not yet enrolled in this action, to pick from. */
  candidates: { id: string; name: string; email: string | null }[];
}

/**
 * The company's placeholder seats ("Participant 1"…) in actions that have not ended, grouped by action,
 * optionally for one action only: where the company must name who attends.
 */
export async function listPlaceholderSeats({
  context,
  actionId,
  now = new Date(),
}: {
  context: ContactContext;
  actionId?: string;
  now?: Date;
}): Promise<PlaceholderSeatGroup[]> {
  const seats = await db.enrolment.findMany({
    where: openPlaceholderSeatsWhere({ context, actionId, now }),
    select: {
      id: true,
      placeholderLabel: true,
      action: { select: { id: true, number: true, title: true, startDate: true, endDate: true } },
    },
    orderBy: [{ action: { startDate: "asc" } }, { placeholderLabel: "asc" }],
    take: 200,
  });
  if (seats.length === 0) return [];

  const actionIds = [...new Set(seats.map((seat) => seat.action.id))];
  const [participants, enrolled] = await Promise.all([
    db.participant.findMany({
      where: companyScope(context),
      select: { id: true, firstName: true, lastName: true, email: true },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      take: 500,
    }),
    db.enrolment.findMany({
      where: { ...companyScope(context), actionId: { in: actionIds }, participantId: { not: null } },
      select: { actionId: true, participantId: true },
      take: 2000,
    }),
  ]);

  const groups = new Map<string, PlaceholderSeatGroup>();
  for (const seat of seats) {
    let group = groups.get(seat.action.id);
    if (!group) {
      const taken = new Set(enrolled.filter((row) => row.actionId === seat.action.id).map((row) => row.participantId));
      group = {
        action: seat.action,
        seats: [],
        candidates: participants
          .filter((participant) => !taken.has(participant.id))
          .map((participant) => ({
            id: participant.id,
            name: `${participant.firstName} ${participant.lastName}`,
            email: participant.email,
          })),
      };
      groups.set(seat.action.id, group);
    }
    group.seats.push({ id: seat.id, label: seat.placeholderLabel ?? "Participant" });
  }
  return [...groups.values()];
}
