import "server-only";
import { db } from "../db";
import type { ContactContext } from "../auth/require-contact";
import { companyActionWhere } from "../tenancy/company-action-where";
import { managerActionWhere, type RoleScope } from "../tenancy/contact-permissions";

/** At most this many slots per window: a month of the largest company fits many times over. */
export const MAX_CALENDAR_SLOTS = 2_000;

export interface CalendarSlot {
  id: string;
  startsAt: Date;
  endsAt: Date;
  actionId: string;
  actionNumber: string;
  title: string;
  locationName: string | null;
  locationAddress: string | null;
  trainerName: string | null;
}

/** The company's slots (a MANAGER's: its participants' actions) between two instants (the calendar's visible range or the iCal window), bounded. */
export async function listCalendarSlots({
  context,
  from,
  to,
}: {
  context: Pick<ContactContext, "organizationId" | "company"> & RoleScope;
  from: Date;
  to: Date;
}): Promise<CalendarSlot[]> {
  const slots = await db.slot.findMany({
    where: {
      organizationId: context.organizationId,
      startsAt: { gte: from, lt: to },
      action: { AND: [companyActionWhere(context), managerActionWhere(context), { status: { notIn: ["CANCELLED", "DRAFT"] } }] },
    },
    orderBy: { startsAt: "asc" },
    take: MAX_CALENDAR_SLOTS,
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      action: { select: { id: true, number: true, title: true } },
      location: { select: { name: true, address: true, postalCode: true, city: true } },
      trainer: { select: { firstName: true, lastName: true } },
    },
  });
  return slots.map((slot) => ({
    id: slot.id,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    actionId: slot.action.id,
    actionNumber: slot.action.number,
    title: slot.action.title,
    locationName: slot.location?.name ?? null,
    locationAddress: slot.location
      ? [slot.location.address, slot.location.postalCode, slot.location.city].filter(Boolean).join(" ") || null
      : null,
    trainerName: slot.trainer ? `${slot.trainer.firstName} ${slot.trainer.lastName}` : null,
  }));
}
