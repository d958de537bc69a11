import { formatDuration, formatDurationInDays, formatStart } from "@/lib/documents/templates/french-formats";

describe("document durations and dates, in French", () => {
  it("writes hours with a decimal comma and French plurals", () => {
    expect(formatDuration(3.5)).toBe("3,5 heures");
    expect(formatDuration(1)).toBe("1 heure");
    expect(formatDuration(1.5)).toBe("1,5 heure");
    expect(formatDuration(0)).toBe("0 heure");
  });

  it("adds the days or half-days a duration makes", () => {
    expect(formatDurationInDays(3.5)).toBe("3,5 heures (1 demi-journée)");
    expect(formatDurationInDays(7)).toBe("7 heures (1 jour)");
    expect(formatDurationInDays(10.5)).toBe("10,5 heures (3 demi-journées)");
    expect(formatDurationInDays(21)).toBe("21 heures (3 jours)");
  });

  it("gives the first session's day and start time in Paris", () => {
    expect(formatStart(new Date("2026-01-12T08:00:00Z"))).toBe("lundi 12 janvier 2026 à 9 h 00");
  });
});
