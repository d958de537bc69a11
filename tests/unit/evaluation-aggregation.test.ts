import { aggregateResults } from "@/lib/evaluations/aggregate-results";
import { parseAnswers, type Question } from "@/lib/evaluations/questions";

const v2: Question[] = [
  { id: "sati", kind: "SCALE", label: "Satisfaction globale", required: true },
  { id: "npsq", kind: "NPS", label: "Recommandation", required: true },
  { id: "pace", kind: "SINGLE", label: "Rythme", required: false, choices: ["Lent", "Adapté", "Rapide"] },
  { id: "best", kind: "MULTIPLE", label: "Points forts", required: false, choices: ["Formateur", "Supports"] },
  { id: "note", kind: "TEXT", label: "Commentaire", required: false },
];
const v1: Question[] = [{ id: "sati", kind: "SCALE", label: "Satisfaction", required: true }, v2[1]];

describe("evaluation figures", () => {
  it("match the hand-computed fixture: averages, distribution, NPS, rates, free texts the reader may see", () => {
    // Five answers, newest first; the two oldest were given with version 1 (no pace, best or note).
    const results = aggregateResults({
      sent: 8,
      rows: [
        {
          questions: v2,
          values: { sati: 5, npsq: 10, pace: "Adapté", best: ["Formateur", "Supports"], note: "Très concret" },
          showText: true,
        },
        { questions: v2, values: { sati: 4, npsq: 9, pace: "Rapide", best: ["Formateur"], note: "Autre entreprise" }, showText: false },
        { questions: v2, values: { sati: 3, npsq: 8, pace: "Adapté" }, showText: true },
        { questions: v1, values: { sati: 2, npsq: 6 }, showText: true },
        { questions: v1, values: { sati: 4, npsq: 0 }, showText: true },
      ],
    });
    expect(results).toMatchObject({ sent: 8, answered: 5, responseRate: 5 / 8, satisfactionRate: 3 / 5 });
    const [sat, npsResult, pace, best, note] = results.questions;
    // (5+4+3+2+4)/5 = 3.6; one 2, one 3, two 4, one 5; labelled as in the newest version.
    expect(sat).toEqual({
      id: "sati",
      label: "Satisfaction globale",
      kind: "SCALE",
      count: 5,
      average: 3.6,
      distribution: [0, 1, 1, 2, 1],
      nps: null,
    });
    // (10+9+8+6+0)/5 = 6.6; promoters 2 (10, 9), detractors 2 (6, 0): (2-2)/5 = 0.
    expect(npsResult).toMatchObject({ kind: "NPS", count: 5, average: 6.6, nps: 0, distribution: [1, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1] });
    expect(pace).toMatchObject({
      count: 3,
      choices: [
        { label: "Lent", count: 0 },
        { label: "Adapté", count: 2 },
        { label: "Rapide", count: 1 },
      ],
    });
    expect(best).toMatchObject({
      count: 2,
      choices: [
        { label: "Formateur", count: 2 },
        { label: "Supports", count: 1 },
      ],
    });
    expect(note).toEqual({ id: "note", label: "Commentaire", kind: "TEXT", count: 2, texts: [{ text: "Très concret", sendId: null }] });
  });

  it("has no rates without sends or scale answers", () => {
    expect(aggregateResults({ sent: 0, rows: [] })).toEqual({
      sent: 0,
      answered: 0,
      responseRate: null,
      satisfactionRate: null,
      questions: [],
      hiddenActions: 0,
    });
  });

  it("reads answers against the version's questions only", () => {
    expect(parseAnswers(v2, { q_sati: "5", q_npsq: "10", q_pace: "Autre", q_best_1: "on", q_extra: "x" })).toEqual({
      fieldErrors: { q_pace: ["answer_invalid"] },
    });
    expect(parseAnswers(v2, { q_sati: "5", q_npsq: "0", q_best_1: "on", q_extra: "x" })).toEqual({
      values: { sati: 5, npsq: 0, best: ["Supports"] },
    });
    expect(parseAnswers(v2, { q_sati: "4.5", q_npsq: "11" })).toEqual({
      fieldErrors: { q_sati: ["answer_invalid"], q_npsq: ["answer_invalid"] },
    });
  });
});
