export const IMPROVEMENT_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE", "ABANDONED"] as const;
export const IMPROVEMENT_SOURCES = ["EVALUATION_ANSWER", "EVALUATION_RESULT", "QUALITY_TICKET", "OTHER"] as const;

export const IMPROVEMENT_STATUS_LABELS = { PLANNED: "Prévue", IN_PROGRESS: "En cours", DONE: "Réalisée", ABANDONED: "Abandonnée" } as const;
export const IMPROVEMENT_SOURCE_LABELS = {
  EVALUATION_ANSWER: "Réponse à une évaluation",
  EVALUATION_RESULT: "Résultats d’une action",
  QUALITY_TICKET: "Ticket qualité",
  OTHER: "Autre",
} as const;
