import { formatHours, formatMoney } from "@/lib/format/format";

export type ChartUnit = "hours" | "euros";

/** A bar's value or an axis tick, exact, as the chart, its tooltip and its table read it (euros or hours). */
export function formatChartValue(value: number, unit: ChartUnit, locale = "fr"): string {
  return unit === "euros" ? formatMoney(Math.round(value * 100), locale, { wholeEuros: true }) : formatHours(value, locale);
}
