"use client";

import { Bar, BarChart as RechartsBarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatChartValue, type ChartUnit } from "./format-chart-value";

/** The recharts drawing of a BarChartCard; loaded after the page (LazyBarChart), never in its first load. */
export function BarChart({ data, unit, valueLabel }: { data: { label: string; value: number }[]; unit: ChartUnit; valueLabel: string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <RechartsBarChart data={data} margin={{ top: 4, right: 4, bottom: 4, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis
          tick={{ fontSize: 12 }}
          tickFormatter={(value: number) => (unit === "euros" ? `${Math.round(value / 1000)} k€` : String(value))}
          width={48}
        />
        <Tooltip formatter={(value) => [formatChartValue(Number(value), unit), valueLabel]} />
        <Bar dataKey="value" fill="var(--brand, #1d4ed8)" radius={[3, 3, 0, 0]} />
      </RechartsBarChart>
    </ResponsiveContainer>
  );
}
