import { excelCsv } from "../csv/excel-csv";
import type { QuestionResult, Results } from "./aggregate-results";
import { EVALUATION_KIND_LABELS } from "./export-results-csv";
import type { EvaluationKind } from "../generated/prisma/enums";

const HEADERS = [
  "Questionnaire",
  "Envoyés",
  "Réponses",
  "Taux de réponse",
  "Taux de satisfaction",
  "Question",
  "Réponses à la question",
  "Moyenne",
  "NPS",
  "Détail",
];

const percent = (value: number | null) => (value === null ? "" : `${Math.round(value * 100)} %`);

/** What a question's line says beyond its average: the distribution, the choices, or the free texts the reader may see. */
function detail(question: QuestionResult): string {
  switch (question.kind) {
    case "SCALE":
    case "NPS": {
      const first = question.kind === "SCALE" ? 1 : 0;
      return question.distribution.map((count, index) => `${index + first} : ${count}`).join(" · ");
    }
    case "TEXT":
      return question.texts.map((entry) => entry.text).join(" | ");
    default:
      return question.choices.map((choice) => `${choice.label} : ${choice.count}`).join(" · ");
  }
}

/** Aggregated figures, one line per question of each kind of questionnaire: the audit pack's results, CSV for Excel. */
export function exportResultsSummaryCsv(byKind: { kind: EvaluationKind; results: Results }[]): string {
  return excelCsv(
    HEADERS,
    byKind.flatMap(({ kind, results }) => {
      const head = [
        EVALUATION_KIND_LABELS[kind],
        results.sent,
        results.answered,
        percent(results.responseRate),
        percent(results.satisfactionRate),
      ];
      if (results.questions.length === 0)
        return [[...head, results.hiddenActions ? "Moins de 3 réponses : résultats masqués" : "Aucune réponse"]];
      return results.questions.map((question) => [
        ...head,
        question.label,
        question.count,
        "average" in question && question.average !== null ? String(question.average).replace(".", ",") : "",
        "nps" in question ? question.nps : "",
        detail(question),
      ]);
    }),
  );
}
