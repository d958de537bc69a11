import { z } from "zod";

/** What a question asks for: a 1–5 scale, one or several choices, free text, a 0–10 recommendation score. */
export const QUESTION_KINDS = ["SCALE", "SINGLE", "MULTIPLE", "TEXT", "NPS"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const EVALUATION_KINDS = ["HOT", "COLD", "COMPANY", "FUNDER", "TRAINER"] as const;
/** The kinds the schedule sends by itself; funder and trainer questionnaires are kept for later. */
export const SCHEDULED_KINDS = ["HOT", "COLD", "COMPANY"] as const;

export const questionSchema = z.object({
  id: z.string().regex(/^[a-z0-9]{4,16}$/),
  kind: z.enum(QUESTION_KINDS),
  label: z.string().min(1).max(300),
  required: z.boolean(),
  choices: z.array(z.string().min(1).max(120)).max(12).optional(),
});
export type Question = z.infer<typeof questionSchema>;

/** The questions of a stored version (a version is written only through this shape). */
export function readQuestions(json: unknown): Question[] {
  return z.array(questionSchema).parse(json);
}

export type AnswerValue = number | string | string[];
export type AnswerValues = Record<string, AnswerValue>;

/** Form field names of a question's answer: `q_<id>`, and `q_<id>_<n>` for each box of a multiple choice. */
export const answerField = (question: Pick<Question, "id">) => `q_${question.id}`;

const SCALE_RANGE = { SCALE: [1, 5], NPS: [0, 10] } as const;

/**
 * Reads a submitted form against the version's questions: the values to store, or a message key per
 * field (required, out of range, unknown choice). Nothing outside the questions is kept.
 */
export function parseAnswers(
  questions: Question[],
  fields: Record<string, unknown>,
): { values: AnswerValues } | { fieldErrors: Record<string, string[]> } {
  const values: AnswerValues = {};
  const fieldErrors: Record<string, string[]> = {};
  for (const question of questions) {
    const name = answerField(question);
    const raw = typeof fields[name] === "string" ? (fields[name] as string).trim() : "";
    if (question.kind === "MULTIPLE") {
      const picked = (question.choices ?? []).filter((_, index) => fields[`${name}_${index}`] === "on");
      if (picked.length) values[question.id] = picked;
      else if (question.required) fieldErrors[name] = ["answer_required"];
      continue;
    }
    if (!raw) {
      if (question.required) fieldErrors[name] = ["answer_required"];
      continue;
    }
    if (question.kind === "TEXT") {
      if (raw.length > 5_000) fieldErrors[name] = ["too_long"];
      else values[question.id] = raw;
    } else if (question.kind === "SINGLE") {
      if ((question.choices ?? []).includes(raw)) values[question.id] = raw;
      else fieldErrors[name] = ["answer_invalid"];
    } else {
      const [min, max] = SCALE_RANGE[question.kind];
      const score = Number(raw);
      if (Number.isInteger(score) && score >= min && score <= max) values[question.id] = score;
      else fieldErrors[name] = ["answer_invalid"];
    }
  }
  return Object.keys(fieldErrors).length ? { fieldErrors } : { values };
}
