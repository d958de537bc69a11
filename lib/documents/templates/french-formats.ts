// Durations and dates of the documents, written the French way (decimal comma, plurals, "9 h 00").

const frenchPlural = new Intl.PluralRules("fr-FR");
/** A French count with its noun: "1 heure", "1,5 heure", "3,5 heures" (French is singular below 2). */
const countOf = (value: number, one: string, other: string) =>
  `${value.toLocaleString("fr-FR", { maximumFractionDigits: 2 })} ${frenchPlural.select(value) === "one" ? one : other}`;
export const formatDuration = (hours: number) => countOf(hours, "heure", "heures");

/** Hours of a training day, and of a half-day. */
const DAY_HOURS = 7;
/** "3,5 heures (1 demi-journée)", "7 heures (1 jour)", "10,5 heures (3 demi-journées)": whole days when they divide. */
export function formatDurationInDays(hours: number): string {
  const halfDays = Math.ceil(hours / (DAY_HOURS / 2));
  if (halfDays === 0) return formatDuration(hours);
  const days = halfDays % 2 === 0 ? countOf(halfDays / 2, "jour", "jours") : countOf(halfDays, "demi-journée", "demi-journées");
  return `${formatDuration(hours)} (${days})`;
}

const longDay = new Intl.DateTimeFormat("fr-FR", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/Paris",
});
const clock = new Intl.DateTimeFormat("fr-FR", { hour: "numeric", minute: "2-digit", timeZone: "Europe/Paris" });
/** "lundi 12 janvier 2026 à 9 h 00" (French typography for the time). */
export const formatStart = (startsAt: Date) => `${longDay.format(startsAt)} à ${clock.format(startsAt).replace(":", " h ")}`;
