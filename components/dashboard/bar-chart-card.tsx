import { formatChartValue, type ChartUnit } from "./format-chart-value";
import { LazyBarChart } from "./lazy-bar-chart";

/** A small bar chart (recharts, loaded lazily); the same figures are listed in a visually hidden table for screen readers. */
export function BarChartCard({
  title,
  data,
  unit,
  valueLabel,
}: {
  title: string;
  data: { label: string; value: number }[];
  unit: ChartUnit;
  valueLabel: string;
}) {
  const format = (value: number) => formatChartValue(value, unit);
  return (
    <figure className="rounded-xl bg-white p-5 shadow-sm">
      <figcaption className="mb-3 font-semibold">{title}</figcaption>
      <div className="h-56" aria-hidden="true">
        <LazyBarChart data={data} unit={unit} valueLabel={valueLabel} />
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
