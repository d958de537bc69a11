import { requireContact } from "@/lib/auth/require-contact";
import { listCalendarSlots } from "@/lib/calendar/list-calendar-slots";

const MAX_RANGE_MS = 62 * 86_400_000;

// GET /calendrier/evenements?start=…&end=… : the company's slots of the calendar's visible range (FullCalendar's JSON feed).
export async function GET(request: Request) {
  const context = await requireContact();
  const url = new URL(request.url);
  const from = new Date(url.searchParams.get("start") ?? "");
  const to = new Date(url.searchParams.get("end") ?? "");
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to <= from || to.getTime() - from.getTime() > MAX_RANGE_MS) {
    return Response.json({ error: "invalid_range" }, { status: 400 });
  }
  const slots = await listCalendarSlots({ context, from, to });
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
}
