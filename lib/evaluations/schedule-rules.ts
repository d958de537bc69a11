/** When questionnaires go, and how long their links work. */
export const EVALUATION_SCHEDULE = {
  /** Reminders, in days after the first email, while there is no answer. */
  reminderDays: [3, 7],
  /** A send is made only while its due date is this recent: a missed tick catches up, an old action is not surveyed belatedly. */
  catchUpDays: 30,
  /** How long a personal link works after the email that carries it. */
  linkTtlDays: 30,
} as const;

export const DAY_MS = 86_400_000;
export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
