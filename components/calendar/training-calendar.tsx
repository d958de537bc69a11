"use client";

import { useSyncExternalStore } from "react";
import FullCalendar from "@fullcalendar/react";
import dayGridPlugin from "@fullcalendar/daygrid";
import listPlugin from "@fullcalendar/list";
import timeGridPlugin from "@fullcalendar/timegrid";
import frLocale from "@fullcalendar/core/locales/fr";
import type { EventContentArg } from "@fullcalendar/core";

const PHONE_QUERY = "(max-width: 639px)";

/** FullCalendar draws its arrows as unnamed role="img" spans inside buttons its title already names. */
function hideButtonIcons({ el }: { el: HTMLElement }) {
  el.closest(".fc")
    ?.querySelectorAll(".fc-button .fc-icon")
    .forEach((icon) => {
      icon.removeAttribute("role");
      icon.setAttribute("aria-hidden", "true");
    });
}

/** True on a phone-sized screen, following rotations and resizes. */
function useIsPhone(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(PHONE_QUERY);
      query.addEventListener("change", onChange);
      return () => query.removeEventListener("change", onChange);
    },
    () => window.matchMedia(PHONE_QUERY).matches,
    () => false,
  );
}

/**
 * Month / week calendar of the company's slots (FullCalendar 6), fed by /calendrier/evenements;
 * on a phone, where a month grid cannot be read, an agenda list of the month instead.
 */
export function TrainingCalendar({ locale }: { locale: string }) {
  const phone = useIsPhone();
  return (
    <div className="training-calendar rounded-xl bg-white p-3 shadow-sm" data-testid="training-calendar">
      <FullCalendar
        key={phone ? "phone" : "desktop"}
        plugins={[dayGridPlugin, timeGridPlugin, listPlugin]}
        initialView={phone ? "listMonth" : "dayGridMonth"}
        locales={[frLocale]}
        locale={locale === "fr" ? "fr" : "en-gb"}
        // The viewer's own time zone (a named zone would need a FullCalendar time-zone plugin).
        timeZone="local"
        eventTimeFormat={{ hour: "2-digit", minute: "2-digit", hour12: false }}
        headerToolbar={
          phone
            ? { left: "title", center: "", right: "prev,next today" }
            : { left: "prev,next today", center: "title", right: "dayGridMonth,timeGridWeek" }
        }
        height="auto"
        firstDay={1}
        slotMinTime="07:00:00"
        slotMaxTime="20:00:00"
        weekends={true}
        eventColor="var(--brand, #1d4ed8)"
        events="/calendrier/evenements"
        viewDidMount={hideButtonIcons}
        eventContent={(arg: EventContentArg) => {
          const { location, trainer } = arg.event.extendedProps as { location: string | null; trainer: string | null };
          if (arg.view.type.startsWith("list")) {
            return (
              <div className="text-sm">
                <span className="font-semibold">{arg.event.title}</span>
                {[location, trainer].filter(Boolean).length > 0 && (
                  <div className="text-slate-700">{[location, trainer].filter(Boolean).join(" · ")}</div>
                )}
              </div>
            );
          }
          return (
            <div
              // h-full: a short event clips its last lines inside its own box, rather than writing them white on the page.
              className="h-full overflow-hidden px-1 text-xs leading-tight"
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
