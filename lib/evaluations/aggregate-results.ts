import { readQuestions, type AnswerValues, type Question } from "./questions";

/** Newest first. */
export interface AnsweredRow {
  /** The questions of the version the answer was given with. */
  questions: unknown;
  values: unknown;
  /** Free-text answers are shown only when the reader may see this answer itself. */
  showText: boolean;
  /** The answer's send, for staff (an improvement action can start from it); none for a company's reader. */
  sendId?: string;
}

export interface FreeText {
  text: string;
  sendId: string | null;
}

export type QuestionResult =
  | { id: string; label: string; kind: "SCALE" | "NPS"; count: number; average: number | null; distribution: number[]; nps: number | null }
  | { id: string; label: string; kind: "SINGLE" | "MULTIPLE"; count: number; choices: { label: string; count: number }[] }
  | { id: string; label: string; kind: "TEXT"; count: number; texts: FreeText[] };

export interface Results {
  sent: number;
  answered: number;
  /** answered / sent, null when nothing was sent. */
  responseRate: number | null;
  /** Share of 1–5 answers at 4 or 5 (indicator 2), null without any. */
  satisfactionRate: number | null;
  questions: QuestionResult[];
  /** Actions left out of a company's view for having fewer than MIN_GROUP_ANSWERS answers. */
  hiddenActions: number;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The figures of a set of answers, question by question (a question keeps its id across versions, so
 * its answers add up; rows come newest first, so it is labelled as in the most recent answer's version): averages, distribution,
 * NPS (% of 9–10 minus % of 0–6, rounded), choice counts, free texts.
 */
export function aggregateResults({ sent, rows }: { sent: number; rows: AnsweredRow[] }): Results {
  const byId = new Map<string, { question: Question; values: AnswerValues[keyof AnswerValues][]; texts: FreeText[] }>();
  for (const row of rows) {
    const values = (row.values ?? {}) as AnswerValues;
    for (const question of readQuestions(row.questions)) {
      const entry = byId.get(question.id) ?? { question, values: [], texts: [] };
      const value = values[question.id];
      if (value !== undefined) {
        entry.values.push(value);
        if (question.kind === "TEXT" && row.showText) entry.texts.push({ text: String(value), sendId: row.sendId ?? null });
      }
      byId.set(question.id, entry);
    }
  }
  let satisfied = 0;
  let scaled = 0;
  const questions = [...byId.values()].map(({ question, values, texts }): QuestionResult => {
    const base = { id: question.id, label: question.label, count: values.length };
    if (question.kind === "SCALE" || question.kind === "NPS") {
      const scores = values.filter((value): value is number => typeof value === "number");
      const distribution = Array.from({ length: question.kind === "SCALE" ? 5 : 11 }, (_, index) => {
        const score = question.kind === "SCALE" ? index + 1 : index;
        return scores.filter((value) => value === score).length;
      });
      if (question.kind === "SCALE") {
        scaled += scores.length;
        satisfied += scores.filter((score) => score >= 4).length;
      }
      const promoters = scores.filter((score) => score >= 9).length;
      const detractors = scores.filter((score) => score <= 6).length;
      return {
        ...base,
        kind: question.kind,
        average: scores.length ? round1(scores.reduce((sum, score) => sum + score, 0) / scores.length) : null,
        distribution,
        nps: question.kind === "NPS" && scores.length ? Math.round(((promoters - detractors) / scores.length) * 100) : null,
      };
    }
    if (question.kind === "TEXT") return { ...base, kind: "TEXT", texts };
    const picked = values.flatMap((value) => (Array.isArray(value) ? value : [String(value)]));
    return {
      ...base,
      kind: question.kind,
      choices: (question.choices ?? []).map((label) => ({ label, count: picked.filter((choice) => choice === label).length })),
    };
  });
  return {
    sent,
    answered: rows.length,
    responseRate: sent ? rows.length / sent : null,
    satisfactionRate: scaled ? satisfied / scaled : null,
    questions,
    hiddenActions: 0,
  };
}
