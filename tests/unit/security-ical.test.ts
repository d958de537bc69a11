// Threat (review, code reading): a carriage return in a title or place ended the iCal line, so text a
// staff member or company typed could start properties of its own (an alarm, an attendee, another event).
import { buildIcal } from "@/lib/calendar/build-ical";

const slot = (overrides: Partial<Parameters<typeof buildIcal>[0]["slots"][number]>) => ({
  id: "slot1",
  startsAt: new Date("2026-03-02T08:00:00Z"),
  endsAt: new Date("2026-03-02T12:00:00Z"),
  actionId: "a1",
  actionNumber: "ADF_20260001",
  title: "Sauveteur",
  locationName: null,
  locationAddress: null,
  trainerName: null,
  ...overrides,
});

describe("the iCal feed", () => {
  it("escapes every kind of line break, so no value can start a line of its own", () => {
    const ics = buildIcal({
      name: "Calendrier\rX-INJECTED:1",
      host: "formapro.localhost",
      generatedAt: new Date("2026-01-01T00:00:00Z"),
      slots: [
        slot({
          title: "Sauveteur\rBEGIN:VALARM\r\nTRIGGER:-PT1M\nEND:VALARM",
          locationName: "Salle\r\nATTENDEE:mailto:evil@evil.test",
          trainerName: "Jean\rDupont",
        }),
      ],
    });
    const lines = ics.split("\r\n").filter(Boolean);
    // Folded continuation lines start with a space; every other line is a property this builder wrote.
    const properties = lines.filter((line) => !line.startsWith(" ")).map((line) => line.split(/[:;]/)[0]);
    expect(properties).toEqual([
      "BEGIN",
      "VERSION",
      "PRODID",
      "CALSCALE",
      "METHOD",
      "X-WR-CALNAME",
      "BEGIN",
      "UID",
      "DTSTAMP",
      "DTSTART",
      "DTEND",
      "SUMMARY",
      "DESCRIPTION",
      "LOCATION",
      "END",
      "END",
    ]);
    expect(ics).not.toMatch(/\r(?!\n)/);
    expect(ics).not.toMatch(/(?<!\r)\n/);
    expect(ics.replace(/\r\n /g, "")).toContain("SUMMARY:Sauveteur\\nBEGIN:VALARM\\nTRIGGER:-PT1M\\nEND:VALARM");
  });
});
