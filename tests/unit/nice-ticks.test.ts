import { niceTicks } from "@/components/dashboard/nice-ticks";
import { formatChartValue } from "@/components/dashboard/format-chart-value";

describe("niceTicks", () => {
  it("gives round steps from zero that cover the highest value", () => {
    expect(niceTicks(5_600)).toEqual([0, 2_000, 4_000, 6_000]);
    expect(niceTicks(4_524)).toEqual([0, 2_000, 4_000, 6_000]);
    expect(niceTicks(3_200)).toEqual([0, 1_000, 2_000, 3_000, 4_000]);
    expect(niceTicks(12)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(7.5)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it("keeps every bar under the top tick and at most the asked number of intervals", () => {
    for (const max of [1, 3, 9, 10, 11, 99, 101, 4_140, 18_000, 123_456]) {
      const ticks = niceTicks(max);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
      expect(ticks.length - 1).toBeLessThanOrEqual(4);
    }
  });

  it("draws an empty chart on a 0–1 axis", () => {
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it("labels ticks exactly, never rounded to a coarser unit", () => {
    const label = (tick: number, unit: "euros" | "hours") => formatChartValue(tick, unit, "fr").replace(/\s/g, " ");
    expect(niceTicks(5_600).map((tick) => label(tick, "euros"))).toEqual(["0 €", "2 000 €", "4 000 €", "6 000 €"]);
    expect(label(2.5, "hours")).toBe("2,5 h");
  });
});
