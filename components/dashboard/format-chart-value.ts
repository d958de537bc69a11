export type ChartUnit = "hours" | "euros";

/** A bar's value as the chart's tooltip and its table read it. */
export function formatChartValue(value: number, unit: ChartUnit): string {
  return unit === "euros"
    ? new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(value)
    : `${new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 }).format(value)} h`;
}
