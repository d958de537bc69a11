import { getLocale } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { formatChartValue, type ChartUnit } from "./format-chart-value";
import { LazyBarChart } from "./lazy-bar-chart";

/** A small bar chart (recharts, loaded lazily) whose figures a screen reader reads in a visually hidden table. */
export async function BarChartCard({
  title,
  description,
  data,
  unit,
  valueLabel,
}: {
  title: string;
  /** One line saying what the bars count. */
  description?: string;
  data: { label: string; value: number }[];
  unit: ChartUnit;
  valueLabel: string;
}) {
  const locale = await getLocale();
  return (
    <Card as="figure" className="relative">
      <figcaption className="mb-3">
        <span className="font-semibold">{title}</span>
        {description && <span className="mt-0.5 block text-sm text-slate-600">{description}</span>}
      </figcaption>
      <div className="h-56 overflow-hidden" aria-hidden="true">
        <LazyBarChart data={data} unit={unit} valueLabel={valueLabel} locale={locale} />
      </div>
      {/* In a div: a table keeps its content's width whatever its own, so sr-only alone would widen a phone's page. */}
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <td />
              <th scope="col">{valueLabel}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{formatChartValue(row.value, unit, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
