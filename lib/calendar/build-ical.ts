import type { CalendarSlot } from "./list-calendar-slots";

/** RFC 5545 §3.3.11 TEXT: backslash, comma and semicolon escaped; every line break (CRLF, CR or LF) written as \n, so no value can start a property of its own. */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/([,;])/g, "\\$1");
}

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** Lines longer than 75 octets are folded (RFC 5545 §3.1). */
function fold(line: string): string {
  const parts: string[] = [];
  let rest = line;
  while (Buffer.byteLength(rest) > 75) {
    let cut = 74;
    while (Buffer.byteLength(rest.slice(0, cut)) > 74) cut--;
    parts.push(rest.slice(0, cut));
    rest = ` ${rest.slice(cut)}`;
  }
  parts.push(rest);
  return parts.join("\r\n");
}

/** An RFC 5545 calendar of the company's slots: one VEVENT per slot, with its place and trainer. */
export function buildIcal({
  name,
  host,
  slots,
  generatedAt,
}: {
  name: string;
  host: string;
  slots: CalendarSlot[];
  generatedAt: Date;
}): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Passerelle//Extranet//FR",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const slot of slots) {
    const description = [slot.actionNumber, slot.trainerName && `Formateur : ${slot.trainerName}`].filter(Boolean).join("\n");
    lines.push(
      "BEGIN:VEVENT",
      `UID:${slot.id}@${host}`,
      `DTSTAMP:${stamp(generatedAt)}`,
      `DTSTART:${stamp(slot.startsAt)}`,
      `DTEND:${stamp(slot.endsAt)}`,
      `SUMMARY:${escapeText(slot.title)}`,
      `DESCRIPTION:${escapeText(description)}`,
      ...(slot.locationName ? [`LOCATION:${escapeText([slot.locationName, slot.locationAddress].filter(Boolean).join(", "))}`] : []),
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}
