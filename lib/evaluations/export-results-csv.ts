import "server-only";
import { csvDateTime, excelCsv } from "../csv/excel-csv";
import { db } from "../db";
import { formatAnswer } from "./format-answer";
import { readQuestions } from "./questions";
import type { ResultsQuery } from "./results-filters";
import { resultsWhere } from "./load-results";

export const EVALUATION_KIND_LABELS = {
  HOT: "À chaud",
  COLD: "À froid",
  COMPANY: "Entreprise",
  FUNDER: "Financeur",
  TRAINER: "Formateur",
} as const;
const HEADERS = ["Date de réponse", "Action", "Intitulé", "Entreprise", "Type", "Questionnaire", "Version", "Question", "Réponse"];

/** Every answer the query covers, one line per question answered (with the wording of its version): the export's table. */
export async function resultsExportTable({
  organizationId,
  query,
  take = 10_000,
}: {
  organizationId: string;
  query: ResultsQuery;
  take?: number;
}) {
  const sends = await db.evaluationSend.findMany({
    where: { AND: [resultsWhere({ organizationId, query }), { answeredAt: { not: null } }] },
    orderBy: { answeredAt: "asc" },
    take,
    select: {
      kind: true,
      answeredAt: true,
      action: { select: { number: true, title: true } },
      company: { select: { name: true } },
      version: { select: { version: true, questions: true, template: { select: { title: true } } } },
      answer: { select: { values: true } },
    },
  });
  return {
    headers: HEADERS,
    rows: sends.flatMap((send) =>
      readQuestions(send.version.questions).map((question) => [
        csvDateTime(send.answeredAt),
        send.action.number,
        send.action.title,
        send.company.name,
        EVALUATION_KIND_LABELS[send.kind],
        send.version.template.title,
        send.version.version,
        question.label,
        formatAnswer(question, send.answer?.values) ?? "",
      ]),
    ),
  };
}

/** The same table, CSV for Excel. */
export async function exportResultsCsv(options: Parameters<typeof resultsExportTable>[0]): Promise<string> {
  const table = await resultsExportTable(options);
  return excelCsv(table.headers, table.rows);
}
