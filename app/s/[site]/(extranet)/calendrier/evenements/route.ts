import { z } from "zod";
import { listCalendarSlots } from "@/lib/calendar/list-calendar-slots";
import { contactRoute } from "@/lib/http/define-route";

const MAX_RANGE_MS = 62 * 86_400_000;

const range = z
  .object({ start: z.coerce.date(), end: z.coerce.date() })
  .refine(({ start, end }) => end > start && end.getTime() - start.getTime() <= MAX_RANGE_MS);

// GET /calendrier/evenements?start=…&end=… : the company's slots of the calendar's visible range (FullCalendar's JSON feed).
export const GET = contactRoute({ query: range }, async ({ query }, context) => {
  const slots = await listCalendarSlots({ context, from: query.start, to: query.end });
  return Response.json(
    slots.map((slot) => ({
      id: slot.id,
      title: slot.title,
      start: slot.startsAt.toISOString(),
      end: slot.endsAt.toISOString(),
      url: `/formations/${slot.actionId}`,
      extendedProps: { number: slot.actionNumber, location: slot.locationName, trainer: slot.trainerName },
    })),
    { headers: { "cache-control": "private, no-store" } },
  );
});
