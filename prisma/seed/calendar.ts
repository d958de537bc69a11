/**
 * Calendar arithmetic in Europe/Paris, independent of the machine's time zone. A calendar date is a Date
 * at 00:00 UTC (what Prisma reads and writes for `@db.Date` columns).
 */
const TIME_ZONE = "Europe/Paris";
const DAY_MS = 86_400_000;

const dateFormat = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
const timeFormat = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** The Paris calendar date of an instant. */
export function parisDate(instant: Date): Date {
  return new Date(`${dateFormat.format(instant)}T00:00:00Z`);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * 60_000);
}

function isWorkingDay(date: Date): boolean {
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The working day `offset` working days from `today`: offset 0 is today, or the next working day when
 * today is a weekend; negative offsets count back from today (excluded). So workingDay(-1) < today ≤
 * workingDay(0) < workingDay(1), and an action with days on both sides of 0 is always in progress.
 */
export function workingDay(today: Date, offset: number): Date {
  let date = today;
  if (offset >= 0) {
    while (!isWorkingDay(date)) date = addDays(date, 1);
    for (let moved = 0; moved < offset;) {
      date = addDays(date, 1);
      if (isWorkingDay(date)) moved++;
    }
  } else {
    for (let moved = 0; moved < -offset;) {
      date = addDays(date, -1);
      if (isWorkingDay(date)) moved++;
    }
  }
  return date;
}

/** The instant of a Paris wall-clock time on a calendar date (France is UTC+1 in winter, UTC+2 in summer). */
export function parisTime(date: Date, hour: number, minute = 0): Date {
  const wanted = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
  for (const offsetHours of [1, 2]) {
    const instant = new Date(date.getTime() + (hour - offsetHours) * 3_600_000 + minute * 60_000);
    if (timeFormat.format(instant) === wanted && parisDate(instant).getTime() === date.getTime()) return instant;
  }
  throw new Error(`No Paris time ${wanted} on ${date.toISOString().slice(0, 10)}`);
}

export function startOfYear(year: number): Date {
  return new Date(Date.UTC(year, 0, 1));
}

export function calendarDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function latest(...dates: Date[]): Date {
  return new Date(Math.max(...dates.map((date) => date.getTime())));
}

export function earliest(...dates: Date[]): Date {
  return new Date(Math.min(...dates.map((date) => date.getTime())));
}

/** "12 mars 2026" */
export function formatFrenchDate(date: Date): string {
  return new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }).format(date);
}
