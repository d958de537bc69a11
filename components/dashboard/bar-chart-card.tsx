"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** A small bar chart (recharts); the same figures are listed in a visually hidden table for screen readers. */
export function BarChartCard({
  title,
  data,
  unit,
  valueLabel,
}: {
  title: string;
  data: { label: string; value: number }[];
  unit: "hours" | "euros";
  valueLabel: string;
}) {
  const format = (value: number) =>
    unit === "euros"
      ? new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(value)
      : `${new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 }).format(value)} h`;
  return (
    <figure className="rounded-xl bg-white p-5 shadow-sm">
      <figcaption className="mb-3 font-semibold">{title}</figcaption>
      <div className="h-56" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 4, right: 4, bottom: 4, left: 4 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis
              tick={{ fontSize: 12 }}
              tickFormatter={(value: number) => (unit === "euros" ? `${Math.round(value / 1000)} k€` : String(value))}
              width={48}
            />
            <Tooltip formatter={(value) => [format(Number(value)), valueLabel]} />
            <Bar dataKey="value" fill="var(--brand, #1d4ed8)" radius={[3, 3, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>{title}</caption>
        <tbody>
          {data.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{format(row.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
