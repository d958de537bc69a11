import type { AnswerValues, Question } from "./questions";

/** An answer as a reader sees it ("4 / 5", "Formateur, Supports", the text); null when the question was skipped. */
export function formatAnswer(question: Question, values: unknown): string | null {
  const value = (values as AnswerValues | null)?.[question.id];
  if (value === undefined) return null;
  if (question.kind === "SCALE") return `${value} / 5`;
  if (question.kind === "NPS") return `${value} / 10`;
  return Array.isArray(value) ? value.join(", ") : String(value);
}
