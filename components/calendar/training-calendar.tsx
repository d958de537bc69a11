"use client";

import FullCalendar from "@fullcalendar/react";
import dayGridPlugin from "@fullcalendar/daygrid";
import timeGridPlugin from "@fullcalendar/timegrid";
import frLocale from "@fullcalendar/core/locales/fr";
import type { EventContentArg } from "@fullcalendar/core";

/** Month / week calendar of the company's slots (FullCalendar 6), fed by /calendrier/evenements. */
export function TrainingCalendar({ locale }: { locale: string }) {
  return (
    <div className="rounded-xl bg-white p-3 shadow-sm" data-testid="training-calendar">
      <FullCalendar
        plugins={[dayGridPlugin, timeGridPlugin]}
        initialView="dayGridMonth"
        locales={[frLocale]}
        locale={locale === "fr" ? "fr" : "en-gb"}
        // The viewer's own time zone (a named zone would need a FullCalendar time-zone plugin).
        timeZone="local"
        eventTimeFormat={{ hour: "2-digit", minute: "2-digit", hour12: false }}
        headerToolbar={{ left: "prev,next today", center: "title", right: "dayGridMonth,timeGridWeek" }}
        height="auto"
        firstDay={1}
        slotMinTime="07:00:00"
        slotMaxTime="20:00:00"
        weekends={true}
        eventColor="var(--brand, #1d4ed8)"
        events="/calendrier/evenements"
        eventContent={(arg: EventContentArg) => {
          const { location, trainer } = arg.event.extendedProps as { location: string | null; trainer: string | null };
          return (
            <div
              className="overflow-hidden px-1 text-xs leading-tight"
              title={[arg.event.title, location, trainer].filter(Boolean).join(" · ")}
            >
              <span className="font-semibold">{arg.timeText}</span> <span>{arg.event.title}</span>
              {location && <div className="truncate">{location}</div>}
              {trainer && <div className="truncate">{trainer}</div>}
            </div>
          );
        }}
      />
    </div>
  );
}
