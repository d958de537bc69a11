import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { QuestionResult, Results } from "@/lib/evaluations/aggregate-results";

/** One horizontal bar per value, with its count: a table, so screen readers read it as one. */
function Bars({ caption, rows }: { caption: string; rows: { label: string; count: number }[] }) {
  const max = Math.max(1, ...rows.map((row) => row.count));
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row" className="w-28 py-0.5 pr-2 text-left font-normal text-slate-700">
              {row.label}
            </th>
            <td className="py-0.5">
              <div className="flex items-center gap-2">
                <div
                  className="h-3 rounded bg-brand"
                  style={{ width: `${(row.count / max) * 100}%`, minWidth: row.count ? 4 : 0 }}
                  aria-hidden="true"
                />
                <span className="tabular-nums">{row.count}</span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

async function QuestionCard({ result }: { result: QuestionResult }) {
  const [t, format] = await Promise.all([getTranslations("evaluations.results"), getFormatter()]);
  return (
    <li className="space-y-2 rounded-xl bg-white p-5 shadow-sm" data-testid={`result-${result.id}`}>
      <h3 className="font-medium">{result.label}</h3>
      <p className="text-sm text-slate-600">{t("answers", { count: result.count })}</p>
      {(result.kind === "SCALE" || result.kind === "NPS") && (
        <>
          <p className="text-sm">
            {t("average")} : <strong data-testid="average">{result.average === null ? "—" : format.number(result.average)}</strong>
            {result.kind === "NPS" && (
              <>
                {" "}
                · NPS : <strong data-testid="nps">{result.nps ?? "—"}</strong>
              </>
            )}
          </p>
          <Bars
            caption={t("distribution")}
            rows={result.distribution.map((count, index) => ({ label: String(result.kind === "SCALE" ? index + 1 : index), count }))}
          />
        </>
      )}
      {(result.kind === "SINGLE" || result.kind === "MULTIPLE") && <Bars caption={t("distribution")} rows={result.choices} />}
      {result.kind === "TEXT" &&
        (result.texts.length ? (
          <ul className="max-h-72 space-y-2 overflow-y-auto text-sm">
            {result.texts.map((entry, index) => (
              <li key={index} className="rounded-md bg-slate-50 px-3 py-2">
                <p className="whitespace-pre-line">{entry.text}</p>
                {entry.sendId && (
                  <Link
                    href={`/admin/qualite/ameliorations?envoi=${entry.sendId}`}
                    className="mt-1 inline-block text-xs font-semibold underline underline-offset-4"
                  >
                    {t("improveFromAnswer")}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t("noTexts")}</p>
        ))}
    </li>
  );
}

/** The figures of a results query: response and satisfaction rates, then each question. */
export async function ResultsView({ results }: { results: Results }) {
  const [t, format] = await Promise.all([getTranslations("evaluations.results"), getFormatter()]);
  const percent = (value: number | null) => (value === null ? "—" : format.number(value, { style: "percent", maximumFractionDigits: 0 }));
  const tiles = [
    { label: t("sent"), value: String(results.sent), id: "sent" },
    { label: t("answered"), value: String(results.answered), id: "answered" },
    { label: t("responseRate"), value: percent(results.responseRate), id: "response-rate" },
    { label: t("satisfactionRate"), value: percent(results.satisfactionRate), id: "satisfaction-rate" },
  ];
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {tiles.map((tile) => (
          <div key={tile.id} className="rounded-xl bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-600">{tile.label}</dt>
            <dd className="text-2xl font-semibold" data-testid={tile.id}>
              {tile.value}
            </dd>
          </div>
        ))}
      </dl>
      {results.hiddenActions > 0 && (
        <p className="rounded-xl bg-amber-50 p-4 text-sm text-amber-950" data-testid="hidden-actions">
          {t("hiddenActions", { count: results.hiddenActions })}
        </p>
      )}
      {results.questions.length === 0 ? (
        <p className="rounded-xl bg-white p-5 text-slate-600 shadow-sm">{t("empty")}</p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {results.questions.map((result) => (
            <QuestionCard key={result.id} result={result} />
          ))}
        </ul>
      )}
    </div>
  );
}
