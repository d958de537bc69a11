"use client";

import { Bar, BarChart as RechartsBarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatChartValue, type ChartUnit } from "./format-chart-value";
import { niceTicks } from "./nice-ticks";

/**
 * The recharts drawing of a BarChartCard, loaded after the page (LazyBarChart): round ticks with exact
 * labels, the value on hover, brand colour. Out of the keyboard's way: the card's hidden table reads the figures.
 */
export function BarChart({
  data,
  unit,
  valueLabel,
  locale,
}: {
  data: { label: string; value: number }[];
  unit: ChartUnit;
  valueLabel: string;
  locale: string;
}) {
  const ticks = niceTicks(Math.max(0, ...data.map((row) => row.value)));
  const format = (value: number) => formatChartValue(value, unit, locale);
  const axisWidth = 8 + 7 * Math.max(...ticks.map((tick) => format(tick).length));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <RechartsBarChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#334155" }} interval="preserveStartEnd" />
        <YAxis
          tick={{ fontSize: 12, fill: "#334155" }}
          ticks={ticks}
          domain={[0, ticks.at(-1)!]}
          interval={0}
          allowDecimals
          tickFormatter={format}
          width={axisWidth}
        />
        <Tooltip formatter={(value) => [format(Number(value)), valueLabel]} cursor={{ fill: "rgba(15, 23, 42, 0.06)" }} />
        <Bar dataKey="value" fill="var(--brand, #1d4ed8)" radius={[3, 3, 0, 0]} />
      </RechartsBarChart>
    </ResponsiveContainer>
  );
}
