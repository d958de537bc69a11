import "server-only";
import { db } from "../db";
import type { ContactContext } from "../auth/require-contact";
import { companyScope } from "../tenancy/company-scope";
import type { Cart } from "./cart";
import { TAKEN_SEAT_STATUSES, loadCompanyPrices, upcomingInterWhere } from "./list-catalogue";
import { resolveUnitPrice } from "./resolve-price";

export interface CartView {
  lines: {
    actionId: string;
    title: string;
    number: string;
    startDate: Date;
    endDate: Date;
    place: string | null;
    seatsLeft: number;
    unitPriceCents: number;
    participants: { id: string; firstName: string; lastName: string; email: string | null }[];
    newParticipants: { firstName: string; lastName: string; email: string }[];
    subtotalCents: number;
    /** The company's participants already holding a seat (or a waiting-list place) in this session. */
    enrolledIds: string[];
  }[];
  totalCents: number;
}

/** The cart as the contact sees it: only sessions still sold and the company's own participants. */
export async function getCart({ context, cart, now = new Date() }: { context: ContactContext; cart: Cart; now?: Date }): Promise<CartView> {
  const actionIds = cart.l.map((line) => line.a);
  const participantIds = cart.l.flatMap((line) => line.p);
  const [actions, participants, companyPrices, enrolled] = await Promise.all([
    db.trainingAction.findMany({
      where: { ...upcomingInterWhere(context.organizationId, now), id: { in: actionIds } },
      take: actionIds.length,
      select: {
        id: true,
        number: true,
        title: true,
        startDate: true,
        endDate: true,
        maxPlaces: true,
        priceCents: true,
        location: { select: { name: true } },
        modules: { select: { module: { select: { id: true, defaultPriceCents: true } } } },
        _count: { select: { enrolments: { where: { status: { in: [...TAKEN_SEAT_STATUSES] } } } } },
      },
    }),
    db.participant.findMany({
      where: { ...companyScope(context), id: { in: participantIds } },
      take: participantIds.length,
      select: { id: true, firstName: true, lastName: true, email: true },
    }),
    loadCompanyPrices(db, context.organizationId, context.company.id),
    db.enrolment.findMany({
      where: { ...companyScope(context), actionId: { in: actionIds }, status: { not: "CANCELLED" }, participantId: { not: null } },
      take: 2000,
      select: { actionId: true, participantId: true },
    }),
  ]);
  const actionById = new Map(actions.map((action) => [action.id, action]));
  const participantById = new Map(participants.map((participant) => [participant.id, participant]));
  const lines = cart.l.flatMap((line) => {
    const action = actionById.get(line.a);
    if (!action) return [];
    const unitPriceCents = resolveUnitPrice({
      actionPriceCents: action.priceCents,
      modules: action.modules.map((entry) => entry.module),
      companyPrices,
    });
    const chosen = line.p.map((id) => participantById.get(id)).filter((participant) => participant !== undefined);
    const newParticipants = line.n.map((person) => ({ firstName: person.f, lastName: person.l, email: person.e }));
    return [
      {
        actionId: action.id,
        title: action.title,
        number: action.number,
        startDate: action.startDate,
        endDate: action.endDate,
        place: action.location?.name ?? null,
        seatsLeft: Math.max(0, action.maxPlaces - action._count.enrolments),
        unitPriceCents,
        participants: chosen,
        newParticipants,
        subtotalCents: unitPriceCents * (chosen.length + newParticipants.length),
        enrolledIds: enrolled.filter((row) => row.actionId === action.id).map((row) => row.participantId!),
      },
    ];
  });
  return { lines, totalCents: lines.reduce((sum, line) => sum + line.subtotalCents, 0) };
}
